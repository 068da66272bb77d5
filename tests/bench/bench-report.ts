import { EXERCISES } from '../../data/exercises';
import { buildPlanWithLog } from '../../lib/domain/plan-with-log';
import { renderReport } from '../../lib/pdf/render-report';
import { AnswersSchema } from '../../lib/schemas/answers';
import { planWords } from '../../lib/words/plan-words';
import { reportWords } from '../../lib/words/report-words';
import { dayOf, goodWeek, logOf } from '../support/log-builder';
import { medianMs, roundFigure } from './measure';

const ANSWERS = AnswersSchema.parse({ weeklyKm: 30, plankSeconds: 20, age: 44, painWhere: ['centre', 'buttock'] });
const LOG = logOf([2, 2, 4, 2, 6, 2, 2, 3, 2, 5, 2, 2].map((pain) => goodWeek(pain)), '2026-11-02', [{ name: 'Daily pair', startKm: 300, from: '2026-11-02' }]);
const TODAY = dayOf(13, 2);

/** reportMs: median time to make the physiotherapist's report from answers and a 12-week log, in-process. */
export async function benchReport() {
  const make = async () => {
    const { plan, progress } = buildPlanWithLog(ANSWERS, LOG, TODAY, EXERCISES);
    return renderReport(reportWords(ANSWERS, planWords(plan), progress, LOG, TODAY), 'a4');
  };
  return { reportMs: roundFigure(await medianMs(make, { warmUp: 5, samples: 30 })) };
}
