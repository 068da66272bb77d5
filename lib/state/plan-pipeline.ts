import { EXERCISES } from '../../data/exercises';
import { buildPlan } from '../domain/build-plan';
import { buildPlanWithLog } from '../domain/plan-with-log';
import type { PainAnswer } from '../domain/log-readings';
import type { Answers } from '../schemas/answers';
import type { Log } from '../schemas/log';
import type { Plan } from '../schemas/plan';
import { PROGRAMME_WEEK_NUMBERS } from '../schemas/programme';
import type { Units } from '../schemas/settings';
import { planWords } from '../words/plan-words';
import { progressWords } from '../words/progress-words';

// The pipeline bound to the exercise library, for every page. Loaded only when a plan must be built.

/** Everything this week's plan is built from. */
export interface PlanInputs {
  answers: Answers;
  /** The log contract; null before the programme has a start date (then it is week 1 from the answers). */
  log: Log | null;
  /** Today, YYYY-MM-DD. */
  today: string;
  units: Units;
  /** When the runner said a clinician had seen them, after "not improving as expected". */
  clinicianSeenOn: string | null;
  /** The stop screen's latest pain answer and its day, if any. */
  painAnswer: PainAnswer | null;
  /** "How far did you run last week?", answered, if it was. */
  distanceAnswer: { date: string; km: number } | null;
}

/** This week's plan, worded: the step and cap the log decides, this morning's check-in applied. */
export function buildWordedPlan({ answers, log, today, units, clinicianSeenOn, painAnswer, distanceAnswer }: PlanInputs): Plan {
  if (!log) return planWords(buildPlan(answers, EXERCISES, { week: 1 }), units);
  const { plan, progress } = buildPlanWithLog(answers, log, today, EXERCISES, { clinicianSeenOn, painAnswer, distanceAnswer });
  return { ...planWords(plan, units), progress: progressWords(progress, units) };
}

/** Every step of the programme from the answers alone: a preview to print, a page each. */
export function stepPreviews(answers: Answers, units: Units): Plan[] {
  return PROGRAMME_WEEK_NUMBERS.map((week) => planWords(buildPlan(answers, EXERCISES, { week }), units));
}
