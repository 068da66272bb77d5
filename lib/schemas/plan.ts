import * as z from 'zod/mini';
import { DAYS, DaySchema, RedFlagSchema } from './answers';
import { CauseIdSchema } from './cause';
import { PlanItemSchema } from './plan-item';
import { PROGRAMME_WEEKS } from './programme';

const count = z.int().check(z.gte(1));

// Its own file, so a guided session's stored items validate without the whole plan schema.
export { PlanItemSchema, type PlanItem } from './plan-item';

export const SessionKindSchema = z.enum(['warm-up', 'run', 'strength', 'cool-down', 'cross-training', 'rest']);
export type SessionKind = z.infer<typeof SessionKindSchema>;

/** Run/walk intervals for a runner starting from nothing. */
export const IntervalsSchema = z.strictObject({ runMinutes: count, walkMinutes: count, repeats: count });
export type Intervals = z.infer<typeof IntervalsSchema>;

export const SessionSchema = z.strictObject({
  kind: SessionKindSchema,
  /** Run sessions only: the distance; 0 for a run/walk session. */
  km: z.optional(z.number().check(z.gte(0))),
  intervals: z.optional(IntervalsSchema),
  /** Cross-training sessions only. */
  minutes: z.optional(count),
  items: z.array(PlanItemSchema),
});
export type Session = z.infer<typeof SessionSchema>;

export const DayPlanSchema = z.strictObject({ day: DaySchema, sessions: z.array(SessionSchema) });
export type DayPlan = z.infer<typeof DayPlanSchema>;

/** The facts a note states (days, distances, pain), so a check can hold every note to its week. */
export const NoteValuesSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]));
export const NoteSchema = z.strictObject({ id: z.string(), text: z.string(), values: z.optional(NoteValuesSchema) });
export type Note = z.infer<typeof NoteSchema>;

export const WeekPlanSchema = z.strictObject({
  number: z.int().check(z.gte(1), z.lte(PROGRAMME_WEEKS)),
  runCapKm: z.number().check(z.gte(0)),
  notes: z.array(NoteSchema),
  /** The seven days, Monday to Sunday, each once. */
  days: z.array(DayPlanSchema).check(z.refine((days) => days.length === DAYS.length && days.every((d, i) => d.day === DAYS[i]), 'the seven days, Monday to Sunday, each once')),
});
export type WeekPlan = z.infer<typeof WeekPlanSchema>;

/**
 * Why a plan stops: `emergency` (get help now), `urgent` (a doctor today), `severe-pain` (pain 9-10:
 * a GP soon, urgent care now if it cannot be coped with), `not-adult` (under 18: not for this product).
 */
export const UrgencySchema = z.enum(['emergency', 'urgent', 'severe-pain', 'not-adult']);
export type Urgency = z.infer<typeof UrgencySchema>;

/** Why the plan refers the runner to a clinician while still planning. */
export const ReferralReasonSchema = z.enum([
  'spinal-diagnosis',
  'below-knee',
  'leg-length',
  'high-pain',
  'long-pain',
  'older-new-pain',
  'younger-new-pain',
  'inflammatory',
  'risk-factors',
  'pregnancy',
  'postpartum',
  'cleared-flags',
  'cough-sneeze-diagnosed',
  'minor-trauma',
  'not-improving',
  'programme-ended',
]);
export type ReferralReason = z.infer<typeof ReferralReasonSchema>;

export const SafetySchema = z.strictObject({
  stop: z.boolean(),
  urgency: z.nullable(UrgencySchema),
  /** The red flags behind a stop (empty for severe pain and age). */
  flags: z.array(RedFlagSchema),
  referral: z.boolean(),
  referralReasons: z.array(ReferralReasonSchema),
  /** In words: the direction first, then one line per flag or reason. */
  messages: z.array(z.string()),
});
export type Safety = z.infer<typeof SafetySchema>;

export const CauseResultSchema = z.strictObject({
  id: CauseIdSchema,
  score: z.number().check(z.gte(0), z.lte(1)),
  reasons: z.array(z.string()),
});
export type CauseResult = z.infer<typeof CauseResultSchema>;

/** One finished programme week, as the progress view and the report show it. */
export const WeekRecordSchema = z.strictObject({
  calendarWeek: z.int().check(z.gte(1)),
  step: z.int().check(z.gte(1), z.lte(PROGRAMME_WEEKS)),
  planned: z.int().check(z.gte(0)),
  done: z.int().check(z.gte(0)),
  worstPain: z.nullable(z.int().check(z.gte(0), z.lte(10))),
  morningMedian: z.nullable(z.number()),
  loggedKm: z.number().check(z.gte(0)),
  decision: z.enum(['start', 'advance', 'hold', 'drop']),
  /** The decision and its reasons, as the runner reads them: "held: one morning worse than usual". */
  said: z.string(),
});
export type WeekRecord = z.infer<typeof WeekRecordSchema>;

/** Where the programme stands, when a log decided the week: the step, the decision and why. */
export const ProgressSchema = z.strictObject({
  /** The programme's calendar week, 1 on the week it started. */
  calendarWeek: z.int().check(z.gte(1)),
  step: z.int().check(z.gte(1), z.lte(PROGRAMME_WEEKS)),
  decision: z.enum(['start', 'advance', 'hold', 'drop']),
  reasons: z.array(z.string()),
  notImproving: z.boolean(),
  /** Median morning pain of each programme week so far; null with fewer than 3 mornings. */
  weeklyPain: z.array(z.nullable(z.number())),
  /** Step 8 is done: strength twice a week, distance by the log, until a new programme. */
  maintenance: z.optional(z.boolean()),
  /** Two pause weeks or two drops in a row: no runs, see a clinician. */
  ended: z.optional(z.boolean()),
  /** A flare was logged this week. */
  flare: z.optional(z.boolean()),
  /** Two weeks with no run logged: ask how far the runner ran last week. */
  askDistance: z.optional(z.boolean()),
  /** Distance on the shoes in use (km), from the log where a pair is named, else the answers. */
  shoeKm: z.optional(z.number().check(z.gte(0))),
  /** Each finished week: its step, sessions done of planned, worst pain, distance and the decision it led to. */
  weeks: z.optional(z.array(WeekRecordSchema)),
});
export type Progress = z.infer<typeof ProgressSchema>;

/** The plan contract: what `plan` prints and every surface draws. A stop has no week; every other plan has one. */
export const PlanSchema = z
  .strictObject({
    safety: SafetySchema,
    causes: z.array(CauseResultSchema).check(z.length(8)),
    week: z.nullable(WeekPlanSchema),
    progress: z.optional(ProgressSchema),
  })
  .check(z.refine((p) => p.safety.stop === (p.week === null), { message: 'a stop has no week, and every other plan has one', path: ['week'] }));
export type Plan = z.infer<typeof PlanSchema>;
