import type { Answers } from '../schemas/answers';
import type { Exercise } from '../schemas/exercise';
import { PROGRAMME_WEEKS } from '../schemas/programme';
import type { Plan } from '../schemas/plan';
import type { Units } from '../schemas/settings';
import { buildWeekPlan } from './build-week-plan';
import { triage } from './check-safety';
import { likelyCauseIds } from './likely-causes';
import { routineContext } from './routine-context';
import { referralMessages, stopMessages } from './safety-words';
import { scoreCauses } from './score-causes';

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
  // Week N of the programme is N - 1 weeks after the answers: pain has lasted that much longer.
  const when = { weeksSinceAnswers: week - 1 };
  const t = triage(answers, when);
  const units = options.units ?? 'km';
  const causes = scoreCauses(answers, units);
  if (t.stop) return { safety: { ...t, messages: stopMessages(t, answers) }, causes, week: null };
  const likely = likelyCauseIds(causes);
  const ctx = routineContext(answers, { causes, likely, reasons: t.referralReasons, week, units });
  const safety = { ...t, messages: referralMessages(t, answers, ctx.gentle, when) };
  return { safety, causes, week: buildWeekPlan(answers, library, ctx) };
}
