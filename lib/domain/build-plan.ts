import type { Answers } from '../schemas/answers';
import type { Exercise } from '../schemas/exercise';
import { PROGRAMME_WEEKS } from '../schemas/exercise';
import type { Plan } from '../schemas/plan';
import { buildWeekPlan } from './build-week-plan';
import { checkSafety } from './check-safety';
import { routineContext } from './routine-context';
import { likelyCauseIds, scoreCauses } from './score-causes';
import { referralNotes } from './week-notes';

export interface PlanOptions {
  /** Programme week, 1 to 8: the dosage step. */
  week?: number;
}

/** The whole pipeline: answers -> safety gate -> likely causes -> routine -> week plan. */
export function buildPlan(answers: Answers, library: readonly Exercise[], options: PlanOptions = {}): Plan {
  const week = options.week ?? 1;
  if (!Number.isInteger(week) || week < 1 || week > PROGRAMME_WEEKS) {
    throw new RangeError(`week must be a whole number from 1 to ${PROGRAMME_WEEKS}, got ${week}`);
  }
  const safety = checkSafety(answers);
  const causes = scoreCauses(answers);
  if (safety.stop) return { safety, causes, week: null };
  const ctx = routineContext(answers, likelyCauseIds(causes), week);
  return { safety, causes, week: buildWeekPlan(answers, library, ctx, referralNotes(safety)) };
}
