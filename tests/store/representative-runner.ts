import { CHECKLISTS } from '../../data/checklists';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const isoDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

/** The Monday of the week `weeksAgo` weeks before this one, as the programme's start date. */
function mondayWeeksAgo(weeksAgo: number): string {
  const d = daysAgo(((new Date().getDay() + 6) % 7) + 7 * weeksAgo);
  return isoDay(d);
}

/**
 * What a typical listing runner has stored: a 38-year-old desk worker on 32 km a week who added a
 * quarter last week, in worn shoes, aching after runs; in week 3 of the programme, running today
 * (so today shows a guided warm-up), with two weeks of ticks and breaks behind them.
 */
export function representativeRunner(): Record<string, unknown> {
  const today = DAYS[new Date().getDay()]!;
  const runDays = [...new Set(['tue', 'thu', 'sat', today])];
  const ids = CHECKLISTS.flatMap((list) => list.items.map((item) => item.id));
  const ticks: Record<string, string[]> = {};
  const breakLog: Record<string, { taken: number; skipped: number }> = {};
  for (let n = 1; n < 14; n++) {
    if (n % 4 === 3) continue; // a few days missed, as real weeks go
    ticks[isoDay(daysAgo(n))] = ids.filter((_, i) => (i + n) % 3 !== 0);
    breakLog[isoDay(daysAgo(n))] = { taken: 3 + (n % 3), skipped: n % 2 };
  }
  ticks[isoDay(new Date())] = ['feet-flat', 'screen-eye-level', 'water'];
  // Two weeks logged: the runs on their days, strength between, mornings easing from 4 to 2.
  const start = mondayWeeksAgo(2);
  const dayOf = (week: number, dow: number) => isoDay(new Date(new Date(`${start}T12:00:00`).getTime() + (7 * week + dow) * 86_400_000));
  const sessions = [0, 1].flatMap((week) => [
    { date: dayOf(week, 1), kind: 'run', done: true, km: 7, pain: 4 - week },
    { date: dayOf(week, 2), kind: 'strength', done: true, pain: 3 - week },
    { date: dayOf(week, 3), kind: 'run', done: true, km: 7, pain: 3 - week },
    { date: dayOf(week, 4), kind: 'strength', done: true, pain: 2 },
    { date: dayOf(week, 5), kind: 'run', done: true, km: 10, pain: 3 - week },
    { date: dayOf(week, 6), kind: 'cross-training', done: true, pain: 2 },
  ]);
  const mornings = [0, 1].flatMap((week) => [2, 4, 6].map((dow) => ({ date: dayOf(week, dow), pain: 4 - week - (dow === 6 ? 1 : 0), compared: dow === 2 && week === 0 ? 'same' : 'better' })));
  return {
    profile: {
      answers: {
        age: 38,
        painLevel: 4,
        painWeeks: 3,
        painWhen: ['after-run'],
        weeklyKm: 32,
        weeklyIncreasePct: 25,
        longestRunKm: 12,
        runDays,
        shoeKm: 720,
        plankSeconds: 25,
        toeTouch: 'no',
        sittingHours: 9,
      },
      safetyAnswered: true,
      step: 7,
      done: true,
      emergencyCheckedOn: isoDay(daysAgo(1)),
    },
    profile$: { v: 2 },
    settings: { units: 'km', paper: 'a4', startDate: mondayWeeksAgo(2), sound: true, restSeconds: 20 },
    settings$: { v: 3 },
    ticks,
    ticks$: { v: 1 },
    breakSettings: { enabled: false, everyMinutes: 40, start: '09:00', end: '17:30', days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
    breakSettings$: { v: 1 },
    breakLog,
    breakLog$: { v: 1 },
    log: { sessions, mornings, flares: [], shoes: [{ name: 'Road shoes', startKm: 680, from: start }] },
    log$: { v: 1 },
  };
}
