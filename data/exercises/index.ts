import type { Exercise } from '../../lib/schemas/exercise';
import { COOL_DOWN } from './cool-down';
import { CROSS_TRAINING } from './cross-training';
import { DESK } from './desk';
import { STRENGTH } from './strength';
import { WARM_UP } from './warm-up';

/** The whole exercise library, the one list the pipeline is given. */
export const EXERCISES: readonly Exercise[] = [...WARM_UP, ...STRENGTH, ...COOL_DOWN, ...CROSS_TRAINING, ...DESK];
