import type { QuestionOption } from '../../lib/schemas/question';

/** The 0-10 pain scale as radio options, one a step. */
export const PAIN_SCALE: readonly QuestionOption[] = Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) }));
