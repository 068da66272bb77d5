import { goodWeek, logOf } from './log-builder';

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000 - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

/**
 * A runner two weeks into the programme, as WXT stores it: a finished profile (version 2) whose
 * emergency questions were answered yesterday (no safety card), settings with a start two weeks
 * back (version 3), and two weeks of log. The popup opens straight onto this week's plan.
 */
export function returningRunner(today = isoDaysAgo(0)) {
  // The programme's first Monday, two weeks before this week's.
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) - 14);
  const start = d.toISOString().slice(0, 10);
  const { sessions, mornings, flares, shoes } = logOf([goodWeek(2), goodWeek(2)], start, [{ name: 'Daily pair', startKm: 300, from: start }]);
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return {
    profile: { answers: { plankSeconds: 20, shoeKm: 650 }, safetyAnswered: true, step: 5, done: true, emergencyCheckedOn: yesterday },
    profile$: { v: 2 },
    settings: { units: 'km', paper: 'a4', startDate: start, sound: true, restSeconds: 20 },
    settings$: { v: 3 },
    log: { sessions: sessions.filter((s) => s.date < today), mornings: mornings.filter((m) => m.date < today), flares, shoes },
    log$: { v: 1 },
  };
}
