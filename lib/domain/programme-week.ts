import { PROGRAMME_WEEKS } from '../schemas/programme';
import { daysBetween, isoDate, localDate, parseIsoDate, weekStart } from './calendar';

/**
 * Which programme week `today` falls in. Week 1 starts on the Monday on or before the start date,
 * as on the printed sheet; before the start it is week 1, after week 8 it stays 8.
 */
export function programmeWeek(startIso: string | null, today: Date): { week: number; finished: boolean } {
  const start = startIso ? parseIsoDate(startIso) : null;
  if (!start) return { week: 1, finished: false };
  const week = Math.floor(daysBetween(weekStart(start, 1), localDate(today)) / 7) + 1;
  return { week: Math.min(PROGRAMME_WEEKS, Math.max(1, week)), finished: week > PROGRAMME_WEEKS };
}

/** The Monday week 1 starts on (YYYY-MM-DD) while it is still ahead of `today`; null once it has begun. */
export function upcomingStart(startIso: string | null, today: Date): string | null {
  const start = startIso ? parseIsoDate(startIso) : null;
  if (!start) return null;
  const monday = weekStart(start, 1);
  return daysBetween(localDate(today), monday) > 0 ? isoDate(monday) : null;
}
