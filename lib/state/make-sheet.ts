import { EXERCISES } from '../../data/exercises';
import { buildPlan } from '../domain/build-plan';
import { parseIsoDate } from '../pdf/week-dates';
import type { Answers } from '../schemas/answers';
import type { Settings } from '../schemas/settings';
import { LIBRARY } from './library';

/** Builds the sheet PDF for one week; pdf-lib is loaded only now, never at page start. */
export async function makeSheet(answers: Answers, week: number, paper: Settings['paper'], startDate: string | null, now = new Date()): Promise<Uint8Array> {
  const { renderSheet } = await import('../pdf/render-sheet');
  const start = (startDate && parseIsoDate(startDate)) || new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  const plan = buildPlan(answers, EXERCISES, { week });
  const { bytes } = await renderSheet({ plans: [plan], start, paper }, LIBRARY, now);
  return bytes;
}
