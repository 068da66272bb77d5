import type { BreakLog, BreakSettings, Ticks } from '../schemas/checklist';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportSchema, mondayOf, type BackstrideExport } from '../schemas/export';
import { LOG_VERSION, type LogEntries } from '../schemas/log';
import type { Profile } from '../schemas/profile';
import type { Settings } from '../schemas/settings';

/** Everything Backstride keeps for a runner, as the storage items read it. */
export interface StoredData {
  profile: Profile;
  settings: Settings;
  logEntries: LogEntries;
  ticks: Ticks;
  breakSettings: BreakSettings;
  breakLog: BreakLog;
}

const earliest = (entries: LogEntries) =>
  [...entries.sessions.map((s) => s.date), ...entries.mornings.map((m) => m.date), ...entries.flares, ...entries.shoes.map((s) => s.from)].sort()[0];

/**
 * The export file's content, validated on the way out (a failure is a programmer error, so it throws).
 * The log is the log contract, dated from the programme's start; entries logged with no start (a
 * start date that could not be read) are kept, dated from the first of them.
 */
export function buildExport(stored: StoredData, exportedAt: Date): BackstrideExport {
  const { logEntries } = stored;
  const start = stored.settings.startDate ?? earliest(logEntries);
  return ExportSchema.parse({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    profile: stored.profile,
    settings: stored.settings,
    // logFor's result (a test holds them equal), built here: importing log-entries.ts into this lazy
    // code moves it, with the storage items, out of the popup's first chunk into one more request.
    log: start ? { version: LOG_VERSION, start: mondayOf(start), ...logEntries } : null,
    ticks: stored.ticks,
    breakSettings: stored.breakSettings,
    breakLog: stored.breakLog,
  });
}

/** The file's name: the local day (YYYY-MM-DD) it was made, so exports sort by date. */
export const exportFileName = (day: string) => `backstride-data-${day}.json`;
