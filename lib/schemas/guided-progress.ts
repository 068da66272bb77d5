import * as z from 'zod/mini';
import { IsoDateSchema } from './iso-date';
import { PlanItemSchema } from './plan-item';
import { RestSecondsSchema } from './settings';

/** The sessions a runner is guided through from the plan. */
export const GuidedKindSchema = z.enum(['warm-up', 'strength', 'cool-down']);
export type GuidedKind = z.infer<typeof GuidedKindSchema>;

/** Where a session shows: the popup (closes on any click outside) or the side panel (stays open). */
export const GuidedPlaceSchema = z.enum(['popup', 'panel']);
export type GuidedPlace = z.infer<typeof GuidedPlaceSchema>;

const ms = z.number().check(z.gte(0));

/**
 * A guided session in progress, kept so it outlives the popup: what it is (its exercises and rest, as
 * they were when it began) and where it stands at `at`. A running countdown has moved on since `at`.
 */
export const GuidedProgressSchema = z.strictObject({
  kind: GuidedKindSchema,
  /** The day whose session it is (YYYY-MM-DD), so "how did it go?" logs the right one wherever it ends. */
  date: z.optional(IsoDateSchema),
  /** When it began (ms since the epoch): tells one session from the next. */
  begun: ms,
  items: z.array(PlanItemSchema).check(z.minLength(1)),
  restSeconds: RestSecondsSchema,
  place: GuidedPlaceSchema,
  index: z.int().check(z.gte(0)),
  remainingMs: ms,
  running: z.boolean(),
  at: ms,
});
export type GuidedProgress = z.infer<typeof GuidedProgressSchema>;
