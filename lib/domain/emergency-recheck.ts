import type { RedFlag } from '../schemas/answers';
import type { Log } from '../schemas/log';
import { PROGRESS } from '../schemas/thresholds';
import { shiftIsoDate } from './calendar';

/** The emergency questions asked again during the programme (brief: "The morning check-in acts the same day"). */
export const RECHECK_FLAGS: readonly RedFlag[] = ['saddle-numbness', 'bladder-bowel', 'both-legs'];

/**
 * Whether to ask the emergency questions again: once a week (counted from the last time they were
 * answered, or the programme's start), and as soon as two mornings since then (that day included)
 * were worse than usual.
 * A flare or pain of 7 or more re-opens the whole safety step instead, which asks them too.
 */
export function emergencyRecheckDue(log: Log, checkedOn: string | null, today: string): boolean {
  const since = checkedOn ?? log.start;
  if (since > today) return false;
  if (shiftIsoDate(since, PROGRESS.emergencyRecheckDays) <= today) return true;
  return log.mornings.filter((m) => m.date >= since && m.date <= today && m.compared === 'worse').length >= 2;
}
