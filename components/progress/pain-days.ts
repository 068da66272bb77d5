import { daysBetween, parseIsoDate, shiftIsoDate } from '../../lib/domain/calendar';
import type { LogEntries, Morning } from '../../lib/schemas/log';

/** One day's pain on the chart: `day` counts from the programme's first Monday (0). */
export interface PainPoint {
  day: number;
  date: string;
  pain: number;
}

/** What the progress chart draws: session and morning pain by day, over whole programme weeks. */
export interface PainDays {
  /** Whole weeks shown: from the start to today (or the last entry), at least one. */
  weeks: number;
  /** The worst pain of each day's done sessions. */
  sessions: PainPoint[];
  mornings: (PainPoint & { compared: Morning['compared'] })[];
  /** Days a flare was logged. */
  flares: { day: number; date: string }[];
}

const dayIndex = (start: string, date: string) => daysBetween(parseIsoDate(start)!, parseIsoDate(date)!);

/** The log's pain by day since `start` (entries before it belong to an earlier programme). */
export function painDays(log: LogEntries, start: string, today: string): PainDays {
  const worst = new Map<string, number>();
  for (const s of log.sessions) if (s.done && s.pain !== undefined && s.date >= start) worst.set(s.date, Math.max(worst.get(s.date) ?? 0, s.pain));
  const sessions = [...worst].map(([date, pain]) => ({ day: dayIndex(start, date), date, pain })).sort((a, b) => a.day - b.day);
  const mornings = log.mornings
    .filter((m) => m.date >= start)
    .map((m) => ({ day: dayIndex(start, m.date), date: m.date, pain: m.pain, compared: m.compared }))
    .sort((a, b) => a.day - b.day);
  const flares = [...new Set(log.flares)].filter((d) => d >= start).sort().map((date) => ({ day: dayIndex(start, date), date }));
  const last = Math.max(dayIndex(start, today), ...[...sessions, ...mornings, ...flares].map((p) => p.day));
  return { weeks: Math.max(1, Math.floor(last / 7) + 1), sessions, mornings, flares };
}

/** The first day (YYYY-MM-DD) of programme week `week` (1-based). */
export const weekDate = (start: string, week: number) => shiftIsoDate(start, 7 * (week - 1));

/** The points that fall in programme week `week` (1-based). */
export const inWeek = <P extends { day: number }>(points: readonly P[], week: number) => points.filter((p) => Math.floor(p.day / 7) + 1 === week);
