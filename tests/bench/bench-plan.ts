import { EXERCISES } from '../../data/exercises';
import { buildPlan } from '../../lib/domain/build-plan';
import { AnswersSchema } from '../../lib/schemas/answers';
import { medianMs, roundFigure } from './measure';

// A busy runner: several likely causes, six run days, week 5, so every stage does real work.
const ANSWERS = AnswersSchema.parse({
  weeklyKm: 45, weeklyIncreasePct: 12, plankSeconds: 20, toeTouch: 'no', shoeKm: 650,
  runDays: ['mon', 'tue', 'wed', 'thu', 'sat', 'sun'], painWhen: ['during-run', 'next-morning'],
});

/** planMs: median time to build one plan in-process. */
export async function benchPlan() {
  return { planMs: roundFigure(await medianMs(() => buildPlan(ANSWERS, EXERCISES, { week: 5 }), { samples: 2000, warmUp: 200 })) };
}
