import type { Answers } from '../schemas/answers';
import type { Exercise } from '../schemas/exercise';
import { PROGRAMME_WEEKS } from '../schemas/programme';
import type { Plan } from '../schemas/plan';
import type { Units } from '../schemas/settings';
import { buildWeekPlan } from './build-week-plan';
import { checkSafety } from './check-safety';
import { routineContext } from './routine-context';
import { likelyCauseIds } from './likely-causes';
import { scoreCauses } from './score-causes';
import { referralNotes } from './week-notes';

export interface PlanOptions {
  /** Programme week, 1 to 8: the dosage step. */
  week?: number;
  /** Units for distances inside sentences (reasons, notes); the plan's numbers stay in km. */
  units?: Units;
}

/** The whole pipeline: answers -> safety gate -> likely causes -> routine -> week plan. */
export function buildPlan(answers: Answers, library: readonly Exercise[], options: PlanOptions = {}): Plan {
  const week = options.week ?? 1;
  if (!Number.isInteger(week) || week < 1 || week > PROGRAMME_WEEKS) {
    throw new RangeError(`week must be a whole number from 1 to ${PROGRAMME_WEEKS}, got ${week}`);
  }
  const safety = checkSafety(answers);
  const units = options.units ?? 'km';
  const causes = scoreCauses(answers, units);
  if (safety.stop) return { safety, causes, week: null };
  const ctx = routineContext(answers, likelyCauseIds(causes), week, units);
  return { safety, causes, week: buildWeekPlan(answers, library, ctx, referralNotes(safety)) };
}
