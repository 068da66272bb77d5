import type { BackstrideExport } from '../schemas/export';

/** What an export holds, for the preview before it replaces anything. */
export interface ExportSummary {
  /** When the file was made (an ISO timestamp). */
  exportedAt: string;
  /** The programme's start date (YYYY-MM-DD), or null before one. */
  programmeStart: string | null;
  /** The calendar weeks from the log's first Monday to the export (or the last entry, if later). */
  weeks: number;
  sessions: number;
  sessionsDone: number;
  mornings: number;
  flares: number;
  /** The pairs of shoes, the one in use last. */
  shoes: string[];
  /** Days with checklist ticks, and posture breaks taken. */
  tickDays: number;
  breaksTaken: number;
  /** The questions are answered: a plan shows after the import. */
  answered: boolean;
  /** Posture breaks were on in the file (they come back off: the browser asks for notifications again). */
  breaksWereOn: boolean;
}

const DAY_MS = 86_400_000;

/** Counts what an export holds, for the runner to check before replacing their data with it. */
export function summariseExport(data: BackstrideExport): ExportSummary {
  const log = data.log;
  const dates = log ? [...log.sessions.map((s) => s.date), ...log.mornings.map((m) => m.date), ...log.flares] : [];
  const last = [data.exportedAt.slice(0, 10), ...dates].sort().at(-1)!;
  const weeks = log ? Math.max(0, Math.floor((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${log.start}T00:00:00Z`)) / (7 * DAY_MS)) + 1) : 0;
  const shoes = log ? [...log.shoes].sort((a, b) => Number(!a.retired) - Number(!b.retired)).map((s) => s.name) : [];
  return {
    exportedAt: data.exportedAt,
    programmeStart: data.settings.startDate,
    weeks,
    sessions: log?.sessions.length ?? 0,
    sessionsDone: log?.sessions.filter((s) => s.done).length ?? 0,
    mornings: log?.mornings.length ?? 0,
    flares: log?.flares.length ?? 0,
    shoes,
    tickDays: Object.values(data.ticks).filter((ids) => ids.length > 0).length,
    breaksTaken: Object.values(data.breakLog).reduce((n, d) => n + d.taken, 0),
    answered: data.profile.done,
    breaksWereOn: data.breakSettings.enabled,
  };
}
