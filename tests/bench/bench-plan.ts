import { EXERCISES } from '../../data/exercises';
import { buildPlan } from '../../lib/domain/build-plan';
import { buildPlanWithLog } from '../../lib/domain/plan-with-log';
import { AnswersSchema } from '../../lib/schemas/answers';
import { dayOf, goodWeek, logOf } from '../support/log-builder';
import { medianMs, roundFigure } from './measure';

// A busy runner: several likely causes, six run days, week 5, so every stage does real work.
const ANSWERS = AnswersSchema.parse({
  weeklyKm: 45, weeklyIncreasePct: 12, plankSeconds: 20, toeTouch: 'no', shoeKm: 650,
  runDays: ['mon', 'tue', 'wed', 'thu', 'sat', 'sun'], painWhen: ['during-run', 'next-morning'],
});

// Twelve weeks of log, with holds and a drop along the way: the decision walks every week.
const WEEKS = [2, 2, 4, 2, 6, 2, 2, 3, 2, 5, 2, 2].map((pain) => goodWeek(pain));
const LOG = logOf(WEEKS, '2026-11-02', [{ name: 'Daily pair', startKm: 300, from: '2026-11-02' }]);
const TODAY = dayOf(WEEKS.length + 1, 2);

/** planMs: median time to build one plan in-process; planWithLogMs: the same with a 12-week log deciding the week. */
export async function benchPlan() {
  return {
    planMs: roundFigure(await medianMs(() => buildPlan(ANSWERS, EXERCISES, { week: 5 }), { samples: 2000, warmUp: 200 })),
    planWithLogMs: roundFigure(await medianMs(() => buildPlanWithLog(ANSWERS, LOG, TODAY, EXERCISES), { samples: 500, warmUp: 50 })),
  };
}
