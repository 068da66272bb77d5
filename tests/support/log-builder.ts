import type { Log, LoggedSession, Morning } from '../../lib/schemas/log';

/** One week of a made-up log: which weekday (0 = Monday) got what. */
export interface WeekSpec {
  runs?: { dow: number; km: number; pain: number }[];
  strength?: { dow: number; pain: number; done?: boolean }[];
  mornings?: { dow: number; pain: number; compared?: Morning['compared'] }[];
  flare?: number;
}

const day = (start: string, week: number, dow: number) => {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7 * (week - 1) + dow);
  return d.toISOString().slice(0, 10);
};

/** A log from week specs, starting on Monday 2026-11-02 unless told otherwise. */
export function logOf(weeks: readonly WeekSpec[], start = '2026-11-02', shoes: Log['shoes'] = []): Log {
  const sessions: LoggedSession[] = [];
  const mornings: Morning[] = [];
  const flares: string[] = [];
  weeks.forEach((w, i) => {
    for (const r of w.runs ?? []) sessions.push({ date: day(start, i + 1, r.dow), kind: 'run', done: true, km: r.km, pain: r.pain });
    for (const s of w.strength ?? []) sessions.push(s.done === false ? { date: day(start, i + 1, s.dow), kind: 'strength', done: false } : { date: day(start, i + 1, s.dow), kind: 'strength', done: true, pain: s.pain });
    for (const m of w.mornings ?? []) mornings.push({ date: day(start, i + 1, m.dow), pain: m.pain, compared: m.compared ?? 'same' });
    if (w.flare !== undefined) flares.push(day(start, i + 1, w.flare));
  });
  return { version: 1, start, sessions, mornings, flares, shoes };
}

/** The Monday of programme week `week`, plus `dow` days. */
export const dayOf = (week: number, dow = 0, start = '2026-11-02') => day(start, week, dow);

/** A good week for the default runner (runs Tue, Thu, Sat; strength Mon, Wed, Fri): everything done, pain `pain`. */
export function goodWeek(pain = 2, km: [number, number, number] = [6, 6, 8]): WeekSpec {
  return {
    runs: [{ dow: 1, km: km[0], pain }, { dow: 3, km: km[1], pain }, { dow: 5, km: km[2], pain }],
    strength: [{ dow: 0, pain }, { dow: 2, pain }, { dow: 4, pain }, { dow: 6, pain }],
    mornings: [{ dow: 2, pain }, { dow: 4, pain }, { dow: 6, pain }],
  };
}
