import * as z from 'zod/mini';
import { IsoDateSchema } from './iso-date';
import { EMPTY_LOG as NO_ENTRIES, type LOG_VERSION } from './log-values';

export { LOG_VERSION } from './log-values';

/** What a runner logs: the sessions the plan counts (warm-up and cool-down count with their run). */
export const LoggedKindSchema = z.enum(['run', 'strength', 'cross-training']);
export type LoggedKind = z.infer<typeof LoggedKindSchema>;

const pain = z.int().check(z.gte(0), z.lte(10));

/** One session: done or not; the worst back pain during it or in the hour after; for a run, the distance. */
export const LoggedSessionSchema = z
  .strictObject({
    date: IsoDateSchema,
    kind: LoggedKindSchema,
    done: z.boolean(),
    km: z.optional(z.number().check(z.gte(0), z.lte(300))),
    pain: z.optional(pain),
  })
  .check(z.refine((s) => !s.done || s.pain !== undefined, { message: 'pain (0-10) is required when done is true', path: ['pain'] }));
export type LoggedSession = z.infer<typeof LoggedSessionSchema>;

export const ComparedSchema = z.enum(['better', 'same', 'worse']);

/** The morning check-in: back pain on getting up, against usual. */
export const MorningSchema = z.strictObject({ date: IsoDateSchema, pain, compared: ComparedSchema });
export type Morning = z.infer<typeof MorningSchema>;

/** A pair of shoes: its distance when logging began, in use from a date, retired on another. */
export const ShoePairSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(40)),
  startKm: z.number().check(z.gte(0), z.lte(5000)),
  from: IsoDateSchema,
  retired: z.optional(IsoDateSchema),
});
export type ShoePair = z.infer<typeof ShoePairSchema>;

// The entries themselves, as the extension stores them: the programme's start lives in the settings.
const entries = {
  sessions: z.array(LoggedSessionSchema),
  mornings: z.array(MorningSchema),
  /** Days a flare was logged. */
  flares: z.array(IsoDateSchema),
  shoes: z.array(ShoePairSchema),
};

/** What the extension keeps: every entry, no start (that is the settings' start date). */
export const LogEntriesSchema = z.strictObject(entries);
export type LogEntries = z.infer<typeof LogEntriesSchema>;

export const EMPTY_LOG: LogEntries = NO_ENTRIES;

/**
 * The log contract: what the extension exports and what `--log` reads (its schema, LogSchema, is in
 * log-file.ts: the popup's first screen never needs it).
 */
export type Log = { version: typeof LOG_VERSION; start: string } & LogEntries;
