import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../data/exercises';
import { dayOf, goodWeek, logOf } from '../../tests/support/log-builder';
import { AnswersSchema } from '../schemas/answers';
import type { Morning } from '../schemas/log';
import type { Session } from '../schemas/plan';
import type { PlanData } from '../schemas/plan-data';
import { applyMorning } from './morning-today';
import { buildPlanWithLog } from './plan-with-log';

// Week 3 of the default runner after two good weeks: runs Tue 6.3, Thu 6.3, Sat 8.4 km (cap 21 km).
const ANSWERS = AnswersSchema.parse({});
const TUESDAY = dayOf(3, 1);
const withMorning = (morning: Omit<Morning, 'date'> | null, today = TUESDAY, weeks = [goodWeek(), goodWeek()]) => {
  const log = logOf(weeks);
  return buildPlanWithLog(ANSWERS, { ...log, mornings: [...log.mornings, ...(morning ? [{ date: today, ...morning }] : [])] }, today, EXERCISES).plan;
};
const kinds = (p: PlanData, day: string) => p.week!.days.find((d) => d.day === day)!.sessions.map((s) => (s.kind === 'run' ? `run ${s.km}` : s.kind));

describe('the morning check-in acts the same day', () => {
  it('leaves today alone with no check-in, or a morning that is not worse and under 7', () => {
    expect(kinds(withMorning(null), 'tue')).toEqual(['warm-up', 'run 6.3', 'cool-down']);
    expect(kinds(withMorning({ pain: 6, compared: 'same' }), 'tue')).toEqual(['warm-up', 'run 6.3', 'cool-down']);
    expect(kinds(withMorning({ pain: 3, compared: 'better' }), 'tue')).toEqual(['warm-up', 'run 6.3', 'cool-down']);
  });

  it('halves today\'s run on a worse morning, and says so; other days keep theirs', () => {
    const p = withMorning({ pain: 4, compared: 'worse' });
    expect(kinds(p, 'tue')).toEqual(['warm-up', 'run 3.1', 'cool-down']);
    expect(kinds(p, 'thu')).toEqual(['warm-up', 'run 6.3', 'cool-down']);
    expect(p.week!.notes[0]).toEqual({ id: 'morning-halved', values: { day: 'tue', km: 3.1 } });
  });

  it('gives easy cross-training instead when half the run would be under 1.5 km', () => {
    const short = [goodWeek(2, [1.5, 1.5, 2]), goodWeek(2, [1.5, 1.5, 2])];
    const p = withMorning({ pain: 3, compared: 'worse' }, TUESDAY, short);
    expect(kinds(p, 'tue')).toEqual(['cross-training']);
    expect(p.week!.days.find((d) => d.day === 'tue')!.sessions[0]!.minutes).toBe(20);
    expect(p.week!.notes[0]).toMatchObject({ id: 'morning-no-run', values: { worse: true } });
  });

  it.each([7, 8])('means no run today at morning pain %i, worse or not', (pain) => {
    const p = withMorning({ pain, compared: 'same' });
    expect(kinds(p, 'tue')).toEqual(['cross-training']);
    expect(kinds(p, 'sat')).toEqual(['warm-up', 'run 8.4', 'cool-down']);
    expect(p.week!.notes[0]).toEqual({ id: 'morning-no-run', values: { day: 'tue', pain, worse: false } });
  });

  it.each([9, 10])('stops the plan at morning pain %i (the severe-pain stop)', (pain) => {
    expect(withMorning({ pain, compared: 'same' }).safety.stop).toBe(true);
    expect(withMorning({ pain: 8, compared: 'worse' }).safety.stop).toBe(false);
  });

  it('only acts on the day of the check-in', () => {
    const log = logOf([goodWeek(), goodWeek()]);
    const p = buildPlanWithLog(ANSWERS, { ...log, mornings: [{ date: dayOf(3, 0), pain: 8, compared: 'worse' }] }, TUESDAY, EXERCISES).plan;
    expect(kinds(p, 'tue')).toEqual(['warm-up', 'run 6.3', 'cool-down']);
  });
});

describe('the morning check-in at its bounds', () => {
  // Week 3 of the default runner on Tuesday, with no check-in yet; `tuesday` swaps today's sessions.
  const plain = () => withMorning(null);
  const tuesday = (plan: PlanData, sessions: (today: Session[]) => Session[]): PlanData => ({
    ...plan,
    week: { ...plan.week!, days: plan.week!.days.map((d) => (d.day === 'tue' ? { ...d, sessions: sessions(d.sessions) } : d)) },
  });
  const day = (p: PlanData, name: string) => p.week!.days.find((d) => d.day === name)!.sessions;
  const strength = (): Session => day(plain(), 'wed')[0]!;
  const withRun = (run: Partial<Session>) => tuesday(plain(), (ss) => ss.map((s) => (s.kind === 'run' ? { ...s, ...run } : s)));

  it('halves a run/walk run\'s repeats on a worse morning (rounded down, at least one), and says so', () => {
    // After a week under 2 km the runs are run/walk: 1 min run, 1 min walk, 5 times.
    const log = logOf([{ ...goodWeek(), runs: [{ dow: 1, km: 1.5, pain: 2 }] }]);
    const today = dayOf(2, 1);
    const p = buildPlanWithLog(ANSWERS, { ...log, mornings: [...log.mornings, { date: today, pain: 3, compared: 'worse' }] }, today, EXERCISES).plan;
    const run = day(p, 'tue').find((s) => s.kind === 'run')!;
    expect(run.intervals).toEqual({ runMinutes: 1, walkMinutes: 1, repeats: 2 });
    expect(day(p, 'thu').find((s) => s.kind === 'run')!.intervals).toEqual({ runMinutes: 1, walkMinutes: 1, repeats: 5 });
    expect(day(p, 'tue').map((s) => s.kind)).toEqual(['warm-up', 'run', 'cool-down']);
    expect(p.week!.notes[0]).toEqual({ id: 'morning-halved', values: { day: 'tue', repeats: 2 } });
    // The warm-up and cool-down around it stay as they were.
    const before = buildPlanWithLog(ANSWERS, log, today, EXERCISES).plan;
    expect([day(p, 'tue')[0], day(p, 'tue')[2]]).toEqual([day(before, 'tue')[0], day(before, 'tue')[2]]);
    const once = applyMorning(withRun({ intervals: { runMinutes: 1, walkMinutes: 1, repeats: 1 } }), { date: TUESDAY, pain: 3, compared: 'worse' }, 'tue');
    expect(day(once, 'tue').find((s) => s.kind === 'run')!.intervals).toEqual({ runMinutes: 1, walkMinutes: 1, repeats: 1 });
  });

  it('gives a run/walk run way to cross-training at pain 7, like any run', () => {
    const p = applyMorning(withRun({ intervals: { runMinutes: 1, walkMinutes: 1, repeats: 6 } }), { date: TUESDAY, pain: 7, compared: 'same' }, 'tue');
    expect(kinds(p, 'tue')).toEqual(['cross-training']);
  });

  it('halves a 3 km run to 1.5 km (the shortest run), and 2.9 km to cross-training', () => {
    const at = applyMorning(withRun({ km: 3 }), { date: TUESDAY, pain: 3, compared: 'worse' }, 'tue');
    expect(kinds(at, 'tue')).toEqual(['warm-up', 'run 1.5', 'cool-down']);
    expect(day(at, 'tue')[0]).toEqual(day(plain(), 'tue')[0]);
    expect(day(at, 'tue')[2]).toEqual(day(plain(), 'tue')[2]);
    const below = applyMorning(withRun({ km: 2.9 }), { date: TUESDAY, pain: 3, compared: 'worse' }, 'tue');
    expect(day(below, 'tue')).toEqual([{ kind: 'cross-training', minutes: 20, items: [] }]);
  });

  it('keeps the day\'s other sessions and its own cross-training when the run gives way', () => {
    const withStrength = tuesday(plain(), (ss) => [strength(), ...ss]);
    expect(kinds(applyMorning(withStrength, { date: TUESDAY, pain: 7, compared: 'same' }, 'tue'), 'tue')).toEqual(['strength', 'cross-training']);
    const cross: Session = { kind: 'cross-training', minutes: 25, items: [] };
    const withCross = tuesday(plain(), (ss) => [...ss, cross]);
    expect(day(applyMorning(withCross, { date: TUESDAY, pain: 8, compared: 'worse' }, 'tue'), 'tue')).toEqual([cross]);
  });

  it('leaves the plan as it is at pain 9 (the stop screen acts), on a day without a run, or a day not in the week', () => {
    const plan = plain();
    expect(applyMorning(plan, { date: TUESDAY, pain: 9, compared: 'worse' }, 'tue')).toBe(plan);
    expect(applyMorning(plan, { date: TUESDAY, pain: 8, compared: 'worse' }, 'wed')).toBe(plan);
    expect(applyMorning(plan, { date: TUESDAY, pain: 8, compared: 'worse' }, 'mon')).toBe(plan);
    expect(applyMorning(plan, undefined, 'tue')).toBe(plan);
    const noTuesday = { ...plan, week: { ...plan.week!, days: plan.week!.days.filter((d) => d.day !== 'tue') } };
    expect(applyMorning(noTuesday, { date: TUESDAY, pain: 8, compared: 'worse' }, 'tue')).toBe(noTuesday);
  });
});

describe('a flare drops a step at once', () => {
  const flareOn = (weeks: ReturnType<typeof goodWeek>[], flare: string, today: string) => buildPlanWithLog(ANSWERS, { ...logOf(weeks), flares: [flare] }, today, EXERCISES);

  it('in the week it is logged: step 3 becomes 2 and the cap 80 % of 21 km, with a note', () => {
    const { plan, progress } = flareOn([goodWeek(), goodWeek()], dayOf(3, 0), TUESDAY);
    expect([progress.step, progress.decision, progress.reasons.map((r) => r.id), progress.flare]).toEqual([2, 'drop', ['flare'], true]);
    expect(plan.week!.number).toBe(2);
    expect(plan.week!.runCapKm).toBe(16.8);
    expect(plan.week!.notes.map((n) => n.id)).toContain('distance-flare');
  });

  it('not before it is logged, and only one drop for its week', () => {
    expect(flareOn([goodWeek(), goodWeek()], dayOf(3, 3), TUESDAY).progress.step).toBe(3);
    const next = flareOn([goodWeek(), goodWeek(), goodWeek()], dayOf(3, 0), dayOf(4, 1)).progress;
    expect([next.step, next.decision]).toEqual([2, 'drop']);
    expect(next.load.capKm).toBe(16);
  });

  it('never drops below step 1', () => {
    const { progress } = flareOn([], dayOf(1, 0), dayOf(1, 1));
    expect([progress.step, progress.decision]).toEqual([1, 'drop']);
  });
});
