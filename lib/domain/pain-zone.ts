import type { Answers } from '../schemas/answers';
import { PAIN } from '../schemas/thresholds';

/** The pain-monitoring zones (brief: "Pain decides the load"). */
export type PainZone = 'green' | 'amber' | 'red' | 'pause' | 'stop';

/** The zone for the worst back pain of the last 7 days; pain all day (eased by moving) at 5 or more pauses runs. */
export function painZone(a: Pick<Answers, 'painLevel' | 'painWhen'>): PainZone {
  const p = a.painLevel;
  if (p >= PAIN.stopFrom) return 'stop';
  if (p >= PAIN.pauseFrom || (a.painWhen.includes('all-day') && p >= PAIN.allDayPauseFrom)) return 'pause';
  if (p >= PAIN.redFrom) return 'red';
  if (p >= PAIN.amberFrom) return 'amber';
  return 'green';
}
