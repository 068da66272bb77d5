// No zod here: the popup's first screen reads these, and zod loads only when a value needs checking.

/** The eight likely causes, in table order (the order that breaks score ties); cause.ts builds CauseIdSchema from it. */
export const CAUSE_IDS = ['posture', 'weak-core', 'footwear', 'overtraining', 'flexibility', 'spinal-condition', 'past-injury', 'leg-length'] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

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
