import { EXERCISES } from '../../data/exercises';
import { buildPlanWithLog } from '../domain/plan-with-log';
import type { Answers } from '../schemas/answers';
import type { Log } from '../schemas/log';
import type { Paper, Units } from '../schemas/settings';
import { planWords } from '../words/plan-words';
import { reportWords } from '../words/report-words';

/** Builds the physiotherapist's one-page report from answers and the log; pdf-lib loads only now. */
export async function makeReport(answers: Answers, log: Log, today: string, units: Units, paper: Paper, now = new Date()): Promise<Uint8Array> {
  const { plan, progress } = buildPlanWithLog(answers, log, today, EXERCISES);
  const worded = planWords(plan, units);
  // A red flag stops: no report that could read as a plan (the page shows the stop instead).
  if (worded.safety.stop) throw new Error('these answers need medical care first, so there is no report');
  const { renderReport } = await import('../pdf/render-report');
  const { bytes } = await renderReport(reportWords(answers, worded, progress, log, today, units), paper, now);
  return bytes;
}
