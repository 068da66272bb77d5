import { DAYS, type Day } from '../schemas/days';

/** The day after `day`; Monday follows Sunday. */
export function nextDay(day: Day): Day {
  return DAYS[(DAYS.indexOf(day) + 1) % DAYS.length]!;
}

/** True when two days sit side by side in the week, counting Sunday and Monday as neighbours. */
export function areAdjacent(a: Day, b: Day): boolean {
  return nextDay(a) === b || nextDay(b) === a;
}

/** Days in week order (Monday first), without repeats. */
export function inWeekOrder(days: Iterable<Day>): Day[] {
  const set = new Set(days);
  return DAYS.filter((d) => set.has(d));
}

/** Display names for days. */
export const DAY_NAMES: Record<Day, string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};
