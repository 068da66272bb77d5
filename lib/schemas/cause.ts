import * as z from 'zod/mini';

/** The eight likely causes, in table order (the order that breaks score ties). */
export const CauseIdSchema = z.enum([
  'posture',
  'weak-core',
  'footwear',
  'overtraining',
  'flexibility',
  'spinal-condition',
  'past-injury',
  'leg-length',
]);
export type CauseId = z.infer<typeof CauseIdSchema>;
export const CAUSE_IDS = CauseIdSchema.options;

/**
 * Equal scores are ordered so that the cause that most needs a clinician comes first (brief,
 * dosing rules): in the causes list and when picking extras.
 */
export const CAUSE_TIE_ORDER: readonly CauseId[] = [
  'spinal-condition',
  'past-injury',
  'leg-length',
  'overtraining',
  'footwear',
  'weak-core',
  'flexibility',
  'posture',
];

/** A score at or above this makes a cause "likely". */
export const LIKELY_SCORE = 0.5;
/** The surfaces show at most this many likely causes. */
export const MAX_SHOWN_CAUSES = 3;
