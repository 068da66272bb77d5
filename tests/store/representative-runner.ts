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
  };
}
