import { EXERCISES } from '../../data/exercises';
import { buildPlan } from '../domain/build-plan';
import { planWords } from '../words/plan-words';
import { localDate, parseIsoDate } from '../domain/calendar';
import type { Answers } from '../schemas/answers';
import type { Settings } from '../schemas/settings';
import { LIBRARY } from './library';

export interface SheetChoice {
  answers: Answers;
  /** The programme weeks to print, a page each. */
  weeks: readonly number[];
  settings: Pick<Settings, 'paper' | 'units' | 'startDate'>;
}

/** Builds the sheet PDF; pdf-lib is loaded only now, never at page start. */
export async function makeSheet({ answers, weeks, settings }: SheetChoice, now = new Date()): Promise<Uint8Array> {
  const { renderSheet } = await import('../pdf/render-sheet');
  const start = (settings.startDate && parseIsoDate(settings.startDate)) || localDate(now);
  const plans = weeks.map((week) => planWords(buildPlan(answers, EXERCISES, { week }), settings.units));
  const { bytes } = await renderSheet({ plans, start, paper: settings.paper, units: settings.units }, LIBRARY, now);
  return bytes;
}
