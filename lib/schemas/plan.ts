import * as z from 'zod/mini';
import { DaySchema } from './answers';
import { CauseIdSchema } from './cause';
import { DosageSchema, ItemTypeSchema } from './exercise';
import { PROGRAMME_WEEKS } from './programme';

const count = z.int().check(z.gte(1));

/** One exercise as prescribed this week: which one, and this week's dosage. */
export const PlanItemSchema = z.strictObject({ id: z.string(), name: z.string(), type: ItemTypeSchema, ...DosageSchema.shape });
export type PlanItem = z.infer<typeof PlanItemSchema>;

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

export const NoteSchema = z.strictObject({ id: z.string(), text: z.string() });
export type Note = z.infer<typeof NoteSchema>;

export const WeekPlanSchema = z.strictObject({
  number: z.int().check(z.gte(1), z.lte(PROGRAMME_WEEKS)),
  runCapKm: z.number().check(z.gte(0)),
  notes: z.array(NoteSchema),
  days: z.array(DayPlanSchema).check(z.length(7)),
});
export type WeekPlan = z.infer<typeof WeekPlanSchema>;

export const UrgencySchema = z.enum(['emergency', 'urgent']);
export type Urgency = z.infer<typeof UrgencySchema>;

export const SafetySchema = z.strictObject({
  stop: z.boolean(),
  urgency: z.nullable(UrgencySchema),
  referral: z.boolean(),
  messages: z.array(z.string()),
});
export type Safety = z.infer<typeof SafetySchema>;

export const CauseResultSchema = z.strictObject({
  id: CauseIdSchema,
  score: z.number().check(z.gte(0), z.lte(1)),
  reasons: z.array(z.string()),
});
export type CauseResult = z.infer<typeof CauseResultSchema>;

/** The plan contract: what `plan` prints and every surface draws. */
export const PlanSchema = z.strictObject({
  safety: SafetySchema,
  causes: z.array(CauseResultSchema).check(z.length(8)),
  week: z.nullable(WeekPlanSchema),
});
export type Plan = z.infer<typeof PlanSchema>;
