import type { Log, ShoePair } from '../schemas/log';
import { PAIN, PROGRESS } from '../schemas/thresholds';
import { addDays, isoDate, parseIsoDate } from './calendar';
import type { WeekSummary } from './week-log';

// What the log says about pain, runs and shoes at a given day: the readings the weekly decision uses.

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Weekly pain for the not-improving check: the median of the week's mornings, none if fewer than 3. */
export function weeklyMorningPain(w: WeekSummary): number | null {
  return w.morningPains.length >= PROGRESS.minMornings ? median(w.morningPains) : null;
}

/** Not improving (Ostelo 2008): from calendar week 5, less than 2 points or 30 % better than week 1. */
export function notImproving(weekly: readonly (number | null)[], calendarWeek: number): boolean {
  const baseline = weekly[0];
  if (calendarWeek < PROGRESS.notImprovingFromWeek || baseline === null || baseline === undefined || baseline <= PROGRESS.minBaseline) return false;
  const now = [...weekly.slice(1)].reverse().find((v) => v !== null);
  if (now === undefined || now === null) return false;
  const better = baseline - now;
  return !(better >= PROGRESS.minPoints || better >= PROGRESS.minShare * baseline);
}

/** The pair in use on `today`: of those not yet retired, the one that came into use last. */
export function pairInUse(log: Log, today: string): ShoePair | undefined {
  return [...log.shoes].filter((s) => s.from <= today && (!s.retired || s.retired > today)).sort((x, y) => (x.from < y.from ? 1 : -1))[0];
}

/** Distance on the pair in use: its starting distance plus every run logged since it came into use. */
export function trackedShoeKm(log: Log, today: string): number | null {
  const pair = pairInUse(log, today);
  if (!pair) return null;
  const run = log.sessions.filter((s) => s.kind === 'run' && s.done && s.date >= pair.from && s.date <= today);
  return pair.startKm + run.reduce((sum, s) => sum + (s.km ?? 0), 0);
}

/** The longest run logged in the 30 days before `day`, counting only runs since the last restart. */
export function longestRecentRun(log: Log, day: string, since: string | null): number | null {
  const from = isoDate(addDays(parseIsoDate(day)!, -PROGRESS.longestRunDays));
  const runs = log.sessions.filter((s) => s.kind === 'run' && s.done && s.km !== undefined && s.date >= from && s.date < day && (since === null || s.date >= since));
  return runs.length > 0 ? Math.max(...runs.map((s) => s.km!)) : null;
}

/** A pain answered outside the log (the stop screen's latest pain), on its day. */
export interface PainAnswer {
  date: string;
  pain: number;
}

/**
 * The pain a week is planned with: the worst logged in the 7 days before it (what `painLevel`
 * means), except that the severe-pain stop lifts once the latest pain answer is 8 or less.
 */
export function painForWeek(log: Log, day: string, answer: PainAnswer | null = null): number | null {
  const from = isoDate(addDays(parseIsoDate(day)!, -7));
  // A pain answered outside the log comes after the log's entries of its day (it is asked after them).
  const inWeek = (date: string) => date >= from && date < day;
  const entries = [
    ...log.mornings.filter((m) => inWeek(m.date)).map((m) => ({ date: m.date, pain: m.pain, order: 0 })),
    ...log.sessions.flatMap((s) => (s.pain === undefined || !inWeek(s.date) ? [] : [{ date: s.date, pain: s.pain, order: 0 }])),
    ...(answer && inWeek(answer.date) ? [{ ...answer, order: 1 }] : []),
  ].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.order - y.order));
  if (entries.length === 0) return null;
  const worst = Math.max(...entries.map((e) => e.pain));
  const latest = entries.at(-1)!.pain;
  return latest >= PAIN.stopFrom ? latest : Math.min(worst, PAIN.stopLiftsAtOrBelow);
}

/**
 * The pain "as usual" that the one-tap log records and shows on its button: the median of the last
 * five sessions' pain (rounded), or `fallback` (the answers' pain) before any is logged.
 */
export function usualPain(log: Pick<Log, 'sessions'>, fallback: number): number {
  const recent = log.sessions.flatMap((s) => (s.pain === undefined ? [] : [s])).slice(-PROGRESS.usualPainSessions);
  return recent.length > 0 ? Math.round(median(recent.map((s) => s.pain!))) : fallback;
}
