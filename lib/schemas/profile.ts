import * as z from 'zod/mini';
import { AnswersSchema, RedFlagSchema } from './answers';
import { IsoDateSchema } from './iso-date';

/** The runner's answers as stored: the questionnaire's progress and the answers so far. */
export const ProfileSchema = z.strictObject({
  answers: AnswersSchema,
  /** True once the runner has explicitly answered the red-flag screen (ticked some, or "none of these"). */
  safetyAnswered: z.boolean(),
  /** The questionnaire step to reopen on. */
  step: z.int().check(z.gte(0), z.lte(50)),
  /** True once the questionnaire is finished and a plan can be shown. */
  done: z.boolean(),
  /**
   * The safety questions grew since these answers were given: ask the safety and about-you steps
   * again before any plan, then go straight back to the plan.
   */
  rescreen: z._default(z.boolean(), false),
  /** When a clinician cleared each flag (YYYY-MM-DD), as the runner told us. */
  clearedOn: z._default(z.partialRecord(RedFlagSchema, IsoDateSchema), () => ({})),
  /** After a stop or a clearance: ask last week's distance again before the plan. */
  recheckDistance: z._default(z.boolean(), false),
  /** When the emergency questions were last answered (the safety step, or the weekly re-check). */
  emergencyCheckedOn: z.optional(IsoDateSchema),
  /** When the pain answer was last given on the stop screen ("how is it now?"): the latest pain, after the log's entries of that day. */
  painReportedOn: z.optional(IsoDateSchema),
  /** "How far did you run last week?" after two weeks with no run logged: the answer (km) and its day. */
  distanceAnswer: z.optional(z.strictObject({ date: IsoDateSchema, km: z.number().check(z.gte(0), z.lte(300)) })),
  /** When the runner told us a clinician has seen them after "not improving as expected". */
  clinicianSeenOn: z.optional(IsoDateSchema),
  /** While a retake is under way: the answers the current plan was made from, kept until it is finished. */
  keptAnswers: z.optional(AnswersSchema),
});
export type Profile = z.infer<typeof ProfileSchema>;
