import { addDays, daysBetween, isoDate, localDate, parseIsoDate, weekStart } from '../domain/calendar';
import { PROGRAMME_WEEKS } from '../schemas/programme';

/**
 * "Repeat this week" after a flare: this week counts as the week before it again, by moving the
 * programme's start a week later (after the 8 weeks: back to week 8). Never so far that the
 * programme would start after this week, so week 1 has nothing to go back to: null.
 */
export function repeatWeek(startDate: string | null, now: Date): { startDate: string; week: number } | null {
  const start = startDate === null ? null : parseIsoDate(startDate);
  if (!start) return null;
  const week = Math.floor(daysBetween(weekStart(start, 1), localDate(now)) / 7) + 1;
  if (week <= 1) return null;
  const back = Math.max(1, week - PROGRAMME_WEEKS);
  return { startDate: isoDate(addDays(start, 7 * back)), week: week - back };
}
