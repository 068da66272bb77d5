import { DAYS, type Day } from '../schemas/answers';
import { PROGRAMME_WEEKS } from '../schemas/exercise';

const DAY_MS = 86_400_000;

/** The runner's day of the week for a local date. */
export const dayOf = (date: Date): Day => DAYS[(date.getDay() + 6) % 7]!;

/** Days between two YYYY-MM-DD calendar dates. */
function daysBetween(fromIso: string, to: Date): number {
  const [y, m, d] = fromIso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(to.getFullYear(), to.getMonth(), to.getDate()) - Date.UTC(y, m - 1, d)) / DAY_MS);
}

/**
 * Which programme week `today` falls in. Week 1 starts on the Monday on or before the start date,
 * as on the printed sheet; before the start it is week 1, after week 8 it stays 8.
 */
export function programmeWeek(startIso: string | null, today: Date): { week: number; finished: boolean } {
  if (!startIso) return { week: 1, finished: false };
  const [y, m, d] = startIso.split('-').map(Number) as [number, number, number];
  const sinceMonday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  const elapsed = daysBetween(startIso, today) + sinceMonday;
  const week = Math.floor(elapsed / 7) + 1;
  return { week: Math.min(PROGRAMME_WEEKS, Math.max(1, week)), finished: week > PROGRAMME_WEEKS };
}

/** A YYYY-MM-DD date moved by `days`. */
export function shiftIsoDate(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Today's local date as YYYY-MM-DD. */
export function localIsoDate(date: Date): string {
  return new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate())).toISOString().slice(0, 10);
}
