const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

/** Parses YYYY-MM-DD as a calendar date (UTC midnight), or null when it is not a real date. */
export function parseIsoDate(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text ? date : null;
}

/** Today's calendar date where the runner is, as UTC midnight. */
export function todayDate(now = new Date()): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/** Week N of a programme starting on `start` begins on the Monday on or before start + 7 × (N − 1). */
export function weekStart(start: Date, week: number): Date {
  const day = new Date(start.getTime() + 7 * (week - 1) * DAY_MS);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS);
}

/** The date `offset` days after `date`. */
export const addDays = (date: Date, offset: number) => new Date(date.getTime() + offset * DAY_MS);

/** "1 Dec" */
export const shortDate = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;

/** "1 Dec - 7 Dec 2026" (or across years, each with its year). */
export function dateRange(from: Date, to: Date): string {
  if (from.getUTCFullYear() === to.getUTCFullYear()) return `${shortDate(from)} - ${shortDate(to)} ${to.getUTCFullYear()}`;
  return `${shortDate(from)} ${from.getUTCFullYear()} - ${shortDate(to)} ${to.getUTCFullYear()}`;
}

/** YYYY-MM-DD */
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
