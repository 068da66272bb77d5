import * as z from 'zod/mini';
import { BreakLogSchema, BreakSettingsSchema, TicksSchema } from './checklist';
import { LogSchema } from './log-file';
import { ProfileSchema } from './profile';
import { SettingsSchema } from './settings';

/** What the file says it is, so another JSON file is told apart from an export. */
export const EXPORT_FORMAT = 'backstride-export';
/** The export's format version: a file with a larger one comes from a newer Backstride. */
export const EXPORT_VERSION = 1;

/** The Monday (YYYY-MM-DD) of the week `date` falls in, as the log's `start` counts it. */
export function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/**
 * Everything Backstride keeps for a runner, as one file. `log` is exactly the log contract (what
 * `--log` reads); its `start` is the Monday of `settings.startDate`, and it is null only before a
 * programme has started with nothing logged.
 */
export const ExportSchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    /** When the file was made, as an ISO timestamp (UTC). */
    // A refine, not z.iso.datetime(): that would add its code to the chunk every page starts with.
    exportedAt: z.string().check(z.refine((t) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(t) && !Number.isNaN(Date.parse(t)))),
    profile: ProfileSchema,
    settings: SettingsSchema,
    log: z.nullable(LogSchema),
    ticks: TicksSchema,
    breakSettings: BreakSettingsSchema,
    breakLog: BreakLogSchema,
  })
  .check(
    z.refine((e) => !e.settings.startDate || (e.log !== null && e.log.start === mondayOf(e.settings.startDate)), {
      message: "the log's start must be the Monday of settings.startDate",
      path: ['log', 'start'],
      params: { plain: true },
    }),
  );
export type BackstrideExport = z.infer<typeof ExportSchema>;
