import * as z from 'zod/mini';
import { DaySchema } from './answers';
import { CauseIdSchema } from './cause';
import { IsoDateSchema } from './iso-date';

export const ChecklistIdSchema = z.enum(['posture', 'lifestyle', 'diet']);
export type ChecklistId = z.infer<typeof ChecklistIdSchema>;

/** One habit to tick: what to do and, in a line, why it helps. */
export const ChecklistItemSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  text: z.string().check(z.minLength(5), z.maxLength(80)),
  why: z.string().check(z.minLength(5), z.maxLength(110)),
  /** The likely causes it serves; those items come first for that runner. */
  causes: z.array(CauseIdSchema),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const ChecklistSchema = z.strictObject({ id: ChecklistIdSchema, title: z.string(), items: z.array(ChecklistItemSchema) });
export type Checklist = z.infer<typeof ChecklistSchema>;

/** A form cue for running: read before a run, never ticked. */
export const RunCueSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  text: z.string().check(z.minLength(5), z.maxLength(60)),
  why: z.string().check(z.minLength(5), z.maxLength(110)),
});
export type RunCue = z.infer<typeof RunCueSchema>;

/** Ticks by local day: each day lists the ids of the items ticked that day. */
export const TicksSchema = z.record(IsoDateSchema, z.array(z.string()));
export type Ticks = z.infer<typeof TicksSchema>;

/** Posture breaks taken and skipped, by local day. */
export const BreakLogSchema = z.record(IsoDateSchema, z.strictObject({ taken: z.int().check(z.gte(0)), skipped: z.int().check(z.gte(0)) }));
export type BreakLog = z.infer<typeof BreakLogSchema>;

const Time = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/** Posture-break settings: off until the runner turns them on. */
export const BreakSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  everyMinutes: z.int().check(z.gte(15), z.lte(180)),
  start: Time,
  end: Time,
  days: z.array(DaySchema),
});
export type BreakSettings = z.infer<typeof BreakSettingsSchema>;

export const DEFAULT_BREAK_SETTINGS: BreakSettings = { enabled: false, everyMinutes: 40, start: '09:00', end: '17:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] };
