import { addDays, localDate, parseIsoDate, weekStart } from '../domain/calendar';
import type { Log } from '../schemas/log';
import type { Plan } from '../schemas/plan';
import type { Paper, Units } from '../schemas/settings';
import { LIBRARY } from './library';

/** What to print: this week's plan (as the log decided it), or every step as a preview, a page each. */
export type SheetChoice = { kind: 'this-week'; plan: Plan; log: Log | null } | { kind: 'all-steps'; plans: readonly Plan[]; startDate: string | null };

/**
 * The date the sheet's week 1 starts from, so each page's days carry their dates: for this week,
 * the Monday `calendarWeek - step` weeks after the log's start (the step's week lands on this week).
 */
function sheetStart(choice: SheetChoice, now: Date): Date {
  if (choice.kind === 'all-steps') return (choice.startDate && parseIsoDate(choice.startDate)) || localDate(now);
  const p = choice.plan.progress;
  const start = choice.log ? parseIsoDate(choice.log.start) : null;
  if (!start) return localDate(now);
  return p ? addDays(weekStart(start, 1), 7 * (p.calendarWeek - p.step)) : start;
}

/** Builds the sheet PDF; pdf-lib is loaded only now, never at page start. */
export async function makeSheet(choice: SheetChoice, { paper, units }: { paper: Paper; units: Units }, now = new Date()): Promise<Uint8Array> {
  const { renderSheet } = await import('../pdf/render-sheet');
  const plans = choice.kind === 'this-week' ? [choice.plan] : choice.plans;
  const { bytes } = await renderSheet({ plans: [...plans], start: sheetStart(choice, now), paper, units }, LIBRARY, now);
  return bytes;
}
