import { DAYS, type Day } from '../schemas/days';
import { isRealIsoDate } from '../schemas/real-iso-date';

const DAY_MS = 86_400_000;

// Calendar dates are Date objects at UTC midnight, so arithmetic never trips over time zones or DST.

/** Parses YYYY-MM-DD as a calendar date, or null when it is not a real date. */
export function parseIsoDate(text: string): Date | null {
  if (!isRealIsoDate(text)) return null;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date;
}

/** YYYY-MM-DD */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The runner's calendar date at the moment `now`, in their own time zone. */
export const localDate = (now: Date) => new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));

/** Today's date where the runner is, as YYYY-MM-DD. */
export const localIsoDate = (now: Date) => isoDate(localDate(now));

/** The calendar date `offset` days after `date`. */
export const addDays = (date: Date, offset: number) => new Date(date.getTime() + offset * DAY_MS);

/** A YYYY-MM-DD date moved by `days`. */
export function shiftIsoDate(iso: string, days: number): string {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`not a date: ${iso}`);
  return isoDate(addDays(date, days));
}

/** Whole days from one calendar date to another. */
export const daysBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / DAY_MS);

/** The day of the week of a YYYY-MM-DD date. */
export function dayOfIsoDate(iso: string): Day {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`not a date: ${iso}`);
  return DAYS[(date.getUTCDay() + 6) % 7]!;
}

/** The day of the week of a local moment. */
export const dayOf = (now: Date): Day => DAYS[(now.getDay() + 6) % 7]!;

/** Week N of a programme starting on `start` begins on the Monday on or before start + 7 × (N − 1). */
export function weekStart(start: Date, week: number): Date {
  const day = addDays(start, 7 * (week - 1));
  return addDays(day, -((day.getUTCDay() + 6) % 7));
}
