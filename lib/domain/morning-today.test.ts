import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../data/exercises';
import { dayOf, goodWeek, logOf } from '../../tests/support/log-builder';
import { AnswersSchema } from '../schemas/answers';
import type { Morning } from '../schemas/log';
import type { PlanData } from '../schemas/plan-data';
import { buildPlanWithLog } from './programme-progress';

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
