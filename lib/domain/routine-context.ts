import type { Answers } from '../schemas/answers';
import type { CauseId } from '../schemas/cause';
import type { Contraindication } from '../schemas/exercise';
import type { Units } from '../schemas/settings';

/** What the routine builder needs to know about the runner, derived once from the answers. */
export interface RoutineContext {
  week: number;
  likely: ReadonlySet<CauseId>;
  avoid: ReadonlySet<Contraindication>;
  /** Gentle plans keep to base variants, low load and no high-impact moves. */
  gentle: boolean;
  /** How sentences give distances; the plan's numbers are always km. */
  units: Units;
}

/** Pain at or above this pauses runs and makes the plan gentle. */
export const SEVERE_PAIN = 7;

/** Derives the routine context from answers and the likely causes. */
export function routineContext(a: Answers, likely: ReadonlySet<CauseId>, week: number, units: Units = 'km'): RoutineContext {
  const avoid = new Set<Contraindication>();
  if (a.spinalDiagnosis !== 'none') avoid.add('disc-diagnosis');
  if (a.painWhere.includes('below-knee')) avoid.add('pain-below-knee');
  if (a.painLevel >= SEVERE_PAIN) avoid.add('severe-pain');
  const gentle = likely.has('spinal-condition') || a.painLevel >= SEVERE_PAIN;
  return { week, likely, avoid, gentle, units };
}
