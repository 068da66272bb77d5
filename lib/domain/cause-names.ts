import type { CauseId } from '../schemas/cause';

/** Short display names for the likely causes. */
export const CAUSE_NAMES: Record<CauseId, string> = {
  posture: 'Posture',
  'weak-core': 'Weak core',
  footwear: 'Worn shoes',
  overtraining: 'Too much, too soon',
  flexibility: 'Tight hips and hamstrings',
  'spinal-condition': 'Spinal condition',
  'past-injury': 'Old injury',
  'leg-length': 'Leg-length difference',
};
