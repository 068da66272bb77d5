import * as z from 'zod/mini';
import { AnswersSchema, DEFAULT_ANSWERS, type Answers } from './answers';

/** The runner's answers as stored: the questionnaire's progress and the answers so far. */
export const ProfileSchema = z.strictObject({
  answers: AnswersSchema,
  /** True once the runner has explicitly answered the red-flag screen (ticked some, or "none of these"). */
  safetyAnswered: z.boolean(),
  /** The questionnaire step to reopen on. */
  step: z.int().check(z.gte(0), z.lte(50)),
  /** True once the questionnaire is finished and a plan can be shown. */
  done: z.boolean(),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const DEFAULT_PROFILE: Profile = { answers: DEFAULT_ANSWERS satisfies Answers, safetyAnswered: false, step: 0, done: false };
