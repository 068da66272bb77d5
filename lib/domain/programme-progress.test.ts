import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../data/exercises';
import { dayOf, goodWeek, logOf, type WeekSpec } from '../../tests/support/log-builder';
import { propertyRuns } from '../../tests/support/property-runs';
import { AnswersSchema, type AnswersInput } from '../schemas/answers';
import type { PlanData } from '../schemas/plan-data';
import { buildPlan } from './build-plan';
import { decideProgress, notImproving, trackedShoeKm } from './programme-progress';
import { buildPlanWithLog } from './plan-with-log';

const ANSWERS = AnswersSchema.parse({});
const progress = (weeks: WeekSpec[], answers: AnswersInput = {}) => decideProgress(AnswersSchema.parse(answers), logOf(weeks), dayOf(weeks.length + 1, 2), EXERCISES);
const planned = (weeks: WeekSpec[], answers: AnswersInput = {}) => buildPlanWithLog(AnswersSchema.parse(answers), logOf(weeks), dayOf(weeks.length + 1, 2), EXERCISES);
const runs = (p: PlanData) => p.week?.days.flatMap((d) => d.sessions.filter((s) => s.kind === 'run').map((s) => s.km!)) ?? [];
const ids = (p: ReturnType<typeof progress>) => p.reasons.map((r) => r.id);

describe('the weekly step decision (first row that matches wins)', () => {
  it('starts week 1 at step 1, from the answers', () => {
    const p = decideProgress(ANSWERS, logOf([]), dayOf(1, 3), EXERCISES);
    expect([p.calendarWeek, p.step, p.decision]).toEqual([1, 1, 'start']);
  });

  it('advances after a good week: next step, cap 1.05 × the 20 km logged = 21 km', () => {
    const p = progress([goodWeek()]);
    expect([p.calendarWeek, p.step, p.decision, ids(p)]).toEqual([2, 2, 'advance', ['all-well']]);
    expect(p.load.capKm).toBe(21);
    expect(planned([goodWeek()]).plan.week!.runCapKm).toBe(21);
  });

  it.each<[string, WeekSpec, string]>([
    ['pain 4', goodWeek(4), 'pain-moderate'],
    ['pain 5', goodWeek(5), 'pain-moderate'],
    ['one morning worse', { ...goodWeek(), mornings: [{ dow: 2, pain: 2, compared: 'worse' }, { dow: 4, pain: 2 }, { dow: 6, pain: 2 }] }, 'morning-worse'],
    ['under two thirds of the sessions done', { runs: goodWeek().runs!.slice(0, 1), mornings: goodWeek().mornings }, 'sessions-missed'],
  ])('holds on %s: same step, same cap', (_, week, reason) => {
    const p = progress([goodWeek(), week]);
    expect([p.step, p.decision]).toEqual([2, 'hold']);
    expect(ids(p)).toContain(reason);
    expect(p.load.capKm).toBe(21);
  });

  it('holds when the week\'s morning median rises above the previous week\'s', () => {
    const sorer = { ...goodWeek(), mornings: [{ dow: 2, pain: 3 }, { dow: 4, pain: 3 }, { dow: 6, pain: 3 }] };
    const p = progress([goodWeek(), sorer]);
    expect(p.decision).toBe('hold');
    expect(ids(p)).toEqual(['mornings-rising']);
  });

  it.each<[string, WeekSpec, number | null]>([
    ['pain 6: 80 % of the logged 20 km', goodWeek(6), 16],
    ['pain 7: no runs', goodWeek(7), null],
    ['pain 8: no runs', goodWeek(8), null],
    ['a flare', { ...goodWeek(), flare: 3 }, 16],
    ['two mornings worse', { ...goodWeek(), mornings: [{ dow: 2, pain: 2, compared: 'worse' }, { dow: 4, pain: 2, compared: 'worse' }, { dow: 6, pain: 2 }] }, 16],
  ])('drops one step on %s', (_, week, cap) => {
    const p = progress([goodWeek(), goodWeek(), week]);
    expect([p.step, p.decision]).toEqual([2, 'drop']);
    expect(p.load.capKm).toBe(cap);
  });

  it('never drops below step 1', () => {
    expect(progress([goodWeek(6)]).step).toBe(1);
  });

  it('ends the programme after two drops in a row: no runs, a referral', () => {
    const { plan, progress: p } = planned([goodWeek(), goodWeek(6), { ...goodWeek(), flare: 2 }]);
    expect(p.ended).toBe(true);
    expect(runs(plan)).toEqual([]);
    expect(plan.safety.referralReasons.map((r) => r.id)).toContain('programme-ended');
  });

  it('ends the programme after two pause weeks in a row', () => {
    expect(progress([goodWeek(7), goodWeek(7), goodWeek(2)]).ended).toBe(true);
  });

  it('keeps the cap when no run was logged, and asks the distance after two such weeks', () => {
    const noRuns = { strength: goodWeek().strength, mornings: goodWeek().mornings };
    const one = progress([goodWeek(), noRuns]);
    expect(ids(one)).toContain('no-runs-logged');
    expect(one.load.capKm).toBe(21);
    expect(one.askDistance).toBe(false);
    expect(progress([goodWeek(), noRuns, noRuns]).askDistance).toBe(true);
  });

  it('keeps the cap after a short week with little pain (under two thirds of it)', () => {
    const p = progress([goodWeek(2, [3, 3, 4])]);
    expect(p.decision).toBe('advance');
    expect(p.load.capKm).toBe(21);
    expect(ids(p)).toContain('short-week');
  });

  it('restarts from run/walk after under 2 km logged', () => {
    const p = planned([{ ...goodWeek(), runs: [{ dow: 1, km: 1.5, pain: 2 }] }]);
    expect(p.progress.load.runWalk).toBe(true);
    expect(p.plan.week!.days.flatMap((d) => d.sessions).filter((s) => s.kind === 'run').every((s) => s.intervals !== undefined)).toBe(true);
  });

  it('carries on as maintenance after step 8: strength twice a week', () => {
    const p = planned(Array.from({ length: 9 }, () => goodWeek()));
    expect(p.progress.step).toBe(8);
    expect(p.progress.maintenance).toBe(true);
    expect(p.plan.week!.days.filter((d) => d.sessions.some((s) => s.kind === 'strength'))).toHaveLength(2);
  });

  it('reads the longest run for the 10 % rule from the log of the last 30 days', () => {
    // The answers said 4 km (a 4.4 km limit); the log has a 12 km run within 30 days (13.2 km).
    const p = planned([goodWeek(2, [5, 5, 12]), goodWeek(2, [6, 6, 10])], { longestRunKm: 4 });
    expect(p.progress.answers.longestRunKm).toBe(12);
    expect(Math.max(...runs(p.plan))).toBeGreaterThan(4.4);
    expect(Math.max(...runs(p.plan))).toBeLessThanOrEqual(13.2);
    // Planning week 7, the 12 km run (Saturday of week 1) is more than 30 days back; week 2's 10 km is not.
    const later = [goodWeek(2, [5, 5, 12]), goodWeek(2, [6, 6, 10]), goodWeek(), goodWeek(), goodWeek(), goodWeek()];
    expect(planned(later, { longestRunKm: 4 }).progress.answers.longestRunKm).toBe(10);
  });
});

describe('not improving (Ostelo 2008: 2 points or 30 %)', () => {
  it.each<[(number | null)[], number, boolean]>([
    [[6, 6, 6, 6], 4, false],
    [[6, 6, 6, 6], 5, true],
    [[6, 6, 6, 4], 5, false],
    [[6, 6, 6, 5], 5, true],
    [[5, 5, 5, 3.5], 5, false],
    [[5, 5, 5, 4], 5, true],
    [[2, 2, 2, 2], 6, false],
    [[null, 6, 6, 6], 6, false],
    [[6, null, null, null], 6, false],
  ])('weekly pain %j in week %i → %s', (weekly, week, expected) => {
    expect(notImproving(weekly, week)).toBe(expected);
  });

  it('refers and holds when the mornings do not improve by week 5', () => {
    const same = goodWeek(4);
    const { plan, progress: p } = planned([same, same, same, same]);
    expect(p.notImproving).toBe(true);
    expect(plan.safety.referralReasons.map((r) => r.id)).toContain('not-improving');
  });

  it('holds the step while not improving, until the runner says a clinician has seen them', () => {
    const same = goodWeek(4);
    const weeks = [same, same, same, same, same];
    const today = dayOf(6, 2);
    const held = buildPlanWithLog(ANSWERS, logOf(weeks), today, EXERCISES);
    expect(held.progress.reasons.map((r) => r.id)).toContain('not-improving');
    expect(held.progress.decision).toBe('hold');
    const seen = buildPlanWithLog(ANSWERS, logOf(weeks), today, EXERCISES, { clinicianSeenOn: dayOf(5, 3) });
    expect(seen.progress.notImproving).toBe(false);
    expect(seen.plan.safety.referralReasons.map((r) => r.id)).not.toContain('not-improving');
    expect(seen.progress.reasons.map((r) => r.id)).not.toContain('not-improving');
    // Seen only after today: not yet.
    expect(buildPlanWithLog(ANSWERS, logOf(weeks), today, EXERCISES, { clinicianSeenOn: dayOf(6, 4) }).progress.notImproving).toBe(true);
  });
});

describe('shoes', () => {
  it('adds every logged run to the pair in use from its start', () => {
    const log = logOf([goodWeek(), goodWeek()], '2026-11-02', [{ name: 'Old', startKm: 100, from: '2026-01-01', retired: '2026-11-09' }, { name: 'New', startKm: 480, from: '2026-11-09' }]);
    expect(trackedShoeKm(log, dayOf(3))).toBe(500);
    expect(trackedShoeKm(log, dayOf(1, 6))).toBe(100 + 20);
  });

  it('lets the tracked distance drive the footwear cause', () => {
    const log = logOf([goodWeek(), goodWeek()], '2026-11-02', [{ name: 'Pair', startKm: 780, from: '2026-11-02' }]);
    const { plan } = buildPlanWithLog(AnswersSchema.parse({ shoeKm: 100 }), log, dayOf(3, 1), EXERCISES);
    expect(plan.causes.find((c) => c.id === 'footwear')!.score).toBe(0.7);
  });
});

describe('properties of the decision', () => {
  const painArb = fc.integer({ min: 0, max: 10 });
  const weekArb: fc.Arbitrary<WeekSpec> = fc.record({
    runs: fc.array(fc.record({ dow: fc.integer({ min: 0, max: 6 }), km: fc.double({ min: 0, max: 25, noNaN: true }), pain: painArb }), { maxLength: 4 }),
    strength: fc.array(fc.record({ dow: fc.integer({ min: 0, max: 6 }), pain: painArb }), { maxLength: 3 }),
    mornings: fc.array(fc.record({ dow: fc.integer({ min: 0, max: 6 }), pain: painArb, compared: fc.constantFrom('better' as const, 'same' as const, 'worse' as const) }), { maxLength: 5 }),
  });

  it('never advances with pain above 5; any cap stays within 1.05 × the km logged or the held cap; no run past 1.1 × the longest logged', () => {
    fc.assert(
      fc.property(fc.array(weekArb, { minLength: 1, maxLength: 10 }), (weeks) => {
        const log = logOf(weeks);
        const today = dayOf(weeks.length + 1, 2);
        const before = decideProgress(ANSWERS, logOf(weeks.slice(0, -1)), dayOf(weeks.length, 2), EXERCISES);
        const { plan, progress: p } = buildPlanWithLog(ANSWERS, log, today, EXERCISES);
        const last = weeks.at(-1)!;
        const pains = [...(last.runs ?? []), ...(last.strength ?? []), ...(last.mornings ?? [])].map((x) => x.pain);
        if (pains.some((x) => x > 5)) expect(p.decision).not.toBe('advance');
        const loggedKm = Math.round((last.runs ?? []).reduce((s, r) => s + r.km, 0) * 10) / 10;
        const heldCap = before.calendarWeek > 1 ? (before.load.capKm ?? 0) : buildPlanWithLog(ANSWERS, logOf(weeks.slice(0, -1)), dayOf(weeks.length, 2), EXERCISES).plan.week?.runCapKm ?? 0;
        if (plan.week && !p.load.runWalk) expect(plan.week.runCapKm).toBeLessThanOrEqual(Math.max(loggedKm * 1.05, heldCap) + 1e-9);
        // No run past 1.1 × the longest recent run, read from the log (the answers' only while none is logged).
        for (const km of runs(plan)) expect(km).toBeLessThanOrEqual(p.answers.longestRunKm * 1.1 + 1e-9);
        const from = dayOf(weeks.length + 1);
        const month = new Date(Date.parse(`${from}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);
        const recent = log.sessions.filter((s) => s.kind === 'run' && s.done && s.date < from && s.date >= month).map((s) => s.km!);
        expect(p.answers.longestRunKm).toBeLessThanOrEqual(Math.max(ANSWERS.longestRunKm, ...recent));
      }),
      { numRuns: propertyRuns(150) },
    );
  });

  // From week 5, steady pain of 3 is "not improving" (the brief), which holds: hence at most 3 weeks here, and pain 0-2 for longer.
  it('advances a week with every session done, pain at most 3 and no morning worse', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 }), (pain, before) => {
        const p = progress([...Array.from({ length: before }, () => goodWeek(pain)), goodWeek(pain)]);
        expect(p.decision).toBe('advance');
      }),
      { numRuns: propertyRuns(40) },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 3, max: 9 }), (pain, before) => {
        const p = progress([...Array.from({ length: before }, () => goodWeek(pain)), goodWeek(pain)]);
        expect(p.decision).toBe('advance');
      }),
      { numRuns: propertyRuns(40) },
    );
  });

  it('gives the same plan for the same answers, log and day', () => {
    const weeks = [goodWeek(), goodWeek(5), goodWeek(2)];
    expect(planned(weeks)).toEqual(planned(weeks));
  });
});

describe('past weeks are counted from their shape', () => {
  it('has the same days, sessions and cap as the full week, without exercises or notes', () => {
    for (const answers of [{}, { painLevel: 7 }, { weeklyKm: 1 }, { weeklyIncreasePct: 20, runDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }] as AnswersInput[]) {
      for (const week of [1, 4]) {
        const a = AnswersSchema.parse(answers);
        const full = buildPlan(a, EXERCISES, { week });
        const shape = buildPlan(a, EXERCISES, { week, detail: 'shape' });
        const kinds = (p: PlanData) => p.week!.days.map((d) => d.sessions.map((s) => `${s.kind}${s.km ?? ''}${s.minutes ?? ''}`));
        expect(kinds(shape)).toEqual(kinds(full));
        expect(shape.week!.runCapKm).toBe(full.week!.runCapKm);
        expect(shape.week!.notes).toEqual([]);
      }
    }
  });
});

describe('after pain of 7 or more (clinical review)', () => {
  const painWeek = (pain: number) => goodWeek(pain);
  it('a pause week (pain 7) followed by pain 4 restarts as run/walk, never a second pause or an end', () => {
    const p = progress([painWeek(2), painWeek(7), painWeek(4)]);
    expect(p.ended).toBe(false);
    expect(p.load.runWalk).toBe(true);
    const { plan } = planned([painWeek(2), painWeek(7), painWeek(4)]);
    expect(plan.week!.notes.map((n) => n.id)).not.toContain('runs-paused');
    expect(plan.week!.days.some((d) => d.sessions.some((s) => s.kind === 'run' && s.intervals))).toBe(true);
    const later = progress([painWeek(2), painWeek(7), painWeek(4), painWeek(2)]);
    expect(later.ended).toBe(false);
  });

  it('a week with pain 9 steps back like 7-8, and no runs the week after', () => {
    const p = progress([painWeek(2), painWeek(9)]);
    expect([p.step, p.decision, p.load.capKm]).toEqual([1, 'drop', null]);
    expect(p.reasons.map((r) => r.id)).toContain('pain-severe');
  });

  it('the stop screen\'s later answer counts as the latest pain: a 9 that has eased is no longer the stop', () => {
    const log = logOf([painWeek(2), { ...painWeek(2), strength: [{ dow: 0, pain: 2 }], mornings: [{ dow: 6, pain: 9 }] }]);
    const today = dayOf(3, 1);
    expect(decideProgress(ANSWERS, log, today, EXERCISES).answers.painLevel).toBe(9);
    const eased = decideProgress(ANSWERS, log, today, EXERCISES, { painAnswer: { date: dayOf(2, 6), pain: 5 } });
    expect(eased.answers.painLevel).toBe(8);
    expect(buildPlanWithLog(ANSWERS, log, today, EXERCISES, { painAnswer: { date: dayOf(2, 6), pain: 5 } }).plan.safety.stop).toBe(false);
  });

  it('today\'s morning of 9 stops today, unless an answer later today says it has eased', () => {
    const log = logOf([painWeek(2)]);
    const today = dayOf(2, 1);
    const withMorning = { ...log, mornings: [...log.mornings, { date: today, pain: 9, compared: 'worse' as const }] };
    expect(buildPlanWithLog(ANSWERS, withMorning, today, EXERCISES).plan.safety.stop).toBe(true);
    expect(buildPlanWithLog(ANSWERS, withMorning, today, EXERCISES, { painAnswer: { date: today, pain: 6 } }).plan.safety.stop).toBe(false);
  });

  it('a runner with no run days never counts as paused, so the programme never ends for it', () => {
    const noRuns = { runs: [], strength: goodWeek().strength, mornings: goodWeek().mornings };
    expect(progress([noRuns, noRuns, noRuns], { runDays: [] }).ended).toBe(false);
  });
});

describe('no run logged for two weeks: "how far did you run last week?"', () => {
  const noRunWeek = { strength: goodWeek().strength, mornings: goodWeek().mornings };
  it('asks after two such weeks, and a logged run ends the question', () => {
    expect(progress([goodWeek(), noRunWeek]).askDistance).toBe(false);
    expect(progress([goodWeek(), noRunWeek, noRunWeek]).askDistance).toBe(true);
    expect(progress([goodWeek(), noRunWeek, noRunWeek, goodWeek()]).askDistance).toBe(false);
  });

  it('the answer restarts runs from it, with no growth (the comeback rules); under 2 km, as run/walk', () => {
    const weeks = [goodWeek(), noRunWeek, noRunWeek];
    const today = dayOf(4, 1);
    const told = (km: number) => decideProgress(ANSWERS, logOf(weeks), today, EXERCISES, { distanceAnswer: { date: dayOf(4, 0), km } });
    expect([told(9).askDistance, told(9).load.capKm, told(9).load.runWalk]).toEqual([false, 9, false]);
    expect(told(9).reasons.map((r) => r.id)).toContain('distance-answered');
    expect(told(1).load.runWalk).toBe(true);
    // An answer given in week 2 speaks of week 1 (which had runs), not of the last two weeks.
    expect(decideProgress(ANSWERS, logOf(weeks), today, EXERCISES, { distanceAnswer: { date: dayOf(2, 3), km: 9 } }).askDistance).toBe(true);
  });
});

describe('what each week records, at the rules\' bounds', () => {
  const noRunWeek: WeekSpec = { strength: goodWeek().strength, mornings: goodWeek().mornings };
  const standingStart: WeekSpec = { ...goodWeek(), runs: [{ dow: 1, km: 1.5, pain: 2 }] };
  const settled = { runWalk: false, ended: false, maintenance: false };
  // The default runner's first weeks: runs Tue, Thu, Sat; strength Mon, Wed; cross-training Mon, Wed, Fri: 8 sessions.
  const allWell = { calendarWeek: 1, step: 1, planned: 8, done: 7, worstPain: 2, morningMedian: 2, loggedKm: 20, decision: 'advance', reasons: [{ id: 'all-well', values: {} }] };

  it('starts with nothing decided: no reasons, no history, no load, no maintenance', () => {
    const p = decideProgress(ANSWERS, logOf([]), dayOf(1, 3), EXERCISES);
    expect([p.reasons, p.history, p.maintenance, p.ended, p.askDistance, p.flare]).toEqual([[], [], false, false, false, false]);
    expect(p.load).toEqual({ capKm: null, runWalk: false, ended: false, maintenance: false });
    const { plan } = buildPlanWithLog(ANSWERS, logOf([]), dayOf(1, 1), EXERCISES);
    expect(plan.week!.runCapKm).toBe(21);
    expect(plan.safety.referralReasons).toEqual([]);
  });

  it('records a good week: its step, sessions planned and done, pain, km and decision', () => {
    const p = progress([goodWeek()]);
    expect(p.history).toEqual([allWell]);
    expect(p.load).toEqual({ capKm: 21, ...settled });
    expect(p.maintenance).toBe(false);
    expect(progress([goodWeek(), goodWeek()]).maintenance).toBe(false);
  });

  it('gives each reason its values: pain 9 is the severe stop alone, pain 6 with two worse mornings and a flare', () => {
    expect(progress([goodWeek(), goodWeek(9)]).reasons).toEqual([{ id: 'pain-severe', values: { pain: 9 } }]);
    const p = progress([goodWeek(), { ...goodWeek(6), flare: 2, mornings: [{ dow: 2, pain: 2, compared: 'worse' }, { dow: 4, pain: 2, compared: 'worse' }] }]);
    expect(p.reasons).toEqual([{ id: 'pain-high', values: { pain: 6 } }, { id: 'mornings-worse', values: { count: 2 } }, { id: 'flare', values: {} }]);
    expect(p.history[1]).toEqual({ calendarWeek: 2, step: 2, planned: 8, done: 7, worstPain: 6, morningMedian: null, loggedKm: 20, decision: 'drop', reasons: p.reasons });
    expect(p.load).toEqual({ capKm: 16, ...settled });
    expect(progress([goodWeek(4)]).reasons).toEqual([{ id: 'pain-moderate', values: { pain: 4 } }]);
  });

  it('holds a cap carried from the log, not the answers\' first week', () => {
    // 24 km logged: 25.2 km the week after; a pain-4 week holds it.
    const p = progress([goodWeek(2, [8, 8, 8]), goodWeek(4)]);
    expect([p.decision, p.load.capKm]).toEqual(['hold', 25.2]);
  });

  it('counts sessions missed below two thirds of the 8 planned: 5 done holds, 6 done advances', () => {
    const done = (n: number): WeekSpec => ({ ...goodWeek(), strength: goodWeek().strength!.slice(0, n - 3) });
    expect(progress([done(5)]).reasons).toEqual([{ id: 'sessions-missed', values: { done: 5, planned: 8 } }]);
    expect(progress([done(6)]).reasons).toEqual([{ id: 'all-well', values: {} }]);
  });

  it('compares the morning median with the previous week\'s only when that week had one', () => {
    const sorer = { ...goodWeek(), mornings: [{ dow: 2, pain: 3 }, { dow: 4, pain: 3 }, { dow: 6, pain: 3 }] };
    expect(progress([goodWeek(), sorer]).reasons).toEqual([{ id: 'mornings-rising', values: { from: 2, to: 3 } }]);
    const twoMornings = { ...goodWeek(), mornings: [{ dow: 2, pain: 1 }, { dow: 4, pain: 1 }] };
    expect(progress([twoMornings, goodWeek()]).reasons).toEqual([{ id: 'all-well', values: {} }]);
  });

  it('keeps the cap after a short week only under two thirds of it: 13.9 km of 21 keeps 21, 14 km grows to 14.7', () => {
    const short = progress([goodWeek(), goodWeek(2, [4, 4, 5.9])]);
    expect(short.reasons).toEqual([{ id: 'short-week', values: { km: 13.9, cap: 21 } }]);
    expect(short.load.capKm).toBe(21);
    const atBound = progress([goodWeek(), goodWeek(2, [4, 4, 6])]);
    expect(atBound.reasons).toEqual([{ id: 'all-well', values: {} }]);
    expect(atBound.load.capKm).toBe(14.7);
  });

  it('runs as run/walk when the cap falls under 2 km: 80 % of 2.4 km is 1.9 (run/walk), of 2.5 km is 2 (not)', () => {
    expect(progress([goodWeek(6, [1, 1, 0.4])]).load).toEqual({ capKm: 1.9, runWalk: true, ended: false, maintenance: false });
    expect(progress([goodWeek(6, [1, 1, 0.5])]).load).toEqual({ capKm: 2, ...settled });
  });

  it('is a standing start under 2 km logged, not at 2 km', () => {
    expect(progress([{ ...goodWeek(), runs: [{ dow: 1, km: 2, pain: 2 }] }]).load).toEqual({ capKm: 21, ...settled });
    expect(progress([standingStart]).load.runWalk).toBe(true);
  });

  it('counts runs for the longest run only from a restart on', () => {
    // Week 1's 12 km run is within 30 days, but a restart (standing start, pause, answer under 2 km) sets it aside: the answers' 8 km.
    expect(progress([goodWeek(2, [5, 5, 12]), standingStart]).answers.longestRunKm).toBe(8);
    const pauseThenFour: WeekSpec = { strength: [{ dow: 0, pain: 4 }], mornings: [{ dow: 1, pain: 4 }] };
    const paused = progress([goodWeek(7, [5, 5, 12]), pauseThenFour]);
    expect([paused.load.runWalk, paused.answers.longestRunKm]).toEqual([true, 8]);
    const told = decideProgress(ANSWERS, logOf([goodWeek(2, [5, 5, 12]), noRunWeek]), dayOf(3, 2), EXERCISES, { distanceAnswer: { date: dayOf(3, 0), km: 1 } });
    expect([told.load.capKm, told.load.runWalk, told.answers.longestRunKm]).toEqual([1, true, 8]);
  });

  it('stays run/walk after a restart until a run is logged, then leaves it', () => {
    const stillNone = progress([goodWeek(2, [5, 5, 12]), standingStart, noRunWeek]);
    expect(stillNone.load.runWalk).toBe(true);
    expect(progress([standingStart, goodWeek()]).load.runWalk).toBe(false);
    // With no restart, weeks with no run logged keep the cap and stay runs.
    expect(progress([noRunWeek, noRunWeek]).load).toEqual({ capKm: 21, ...settled });
  });

  it('a pause with pain 7 logged in it is no restart; one with nothing logged restarts as run/walk', () => {
    // Answers of pain 7: the first week is a pause (no runs planned).
    const sore = progress([{ mornings: [{ dow: 2, pain: 7 }] }], { painLevel: 7 });
    expect(sore.history[0]!.planned).toBe(5);
    expect(sore.load).toEqual({ capKm: null, ...settled });
    const quiet = progress([{}], { painLevel: 7 });
    expect(quiet.load).toEqual({ capKm: null, runWalk: true, ended: false, maintenance: false });
    expect(quiet.reasons).toEqual([{ id: 'sessions-missed', values: { done: 0, planned: 5 } }]);
    expect(quiet.ended).toBe(false);
    // A second pause week in a row ends the programme.
    expect(progress([{}, {}], { painLevel: 7 }).ended).toBe(true);
    // Run/walk weeks are no pauses.
    expect(progress([standingStart, standingStart, standingStart]).ended).toBe(false);
  });

  it('a runner with no run days never restarts runs', () => {
    expect(progress([noRunWeek], { runDays: [] }).load).toEqual({ capKm: null, ...settled });
  });

  it('counts no-run weeks only while runs were planned: not in a stop week', () => {
    const p = progress([goodWeek(), goodWeek(9), { ...noRunWeek, strength: [{ dow: 0, pain: 2 }] }]);
    expect(p.history[2]!.reasons.map((r) => r.id)).not.toContain('no-runs-logged');
  });

  it('records the weeks with no run and asks the distance with the second', () => {
    const p = progress([goodWeek(), noRunWeek, noRunWeek]);
    const missed = { id: 'sessions-missed', values: { done: 4, planned: 8 } };
    expect(p.history.map((h) => h.reasons)).toEqual([
      [{ id: 'all-well', values: {} }],
      [missed, { id: 'no-runs-logged', values: { weeks: 1 } }],
      [missed, { id: 'no-runs-logged', values: { weeks: 2 } }, { id: 'ask-distance', values: {} }],
    ]);
  });

  it('takes the distance answer for the week it was given after, at 2 km a normal run', () => {
    const told = (km: number, date = dayOf(4, 0)) => decideProgress(ANSWERS, logOf([goodWeek(), noRunWeek, noRunWeek]), dayOf(4, 1), EXERCISES, { distanceAnswer: { date, km } });
    const two = told(2);
    expect(two.reasons).toEqual([{ id: 'sessions-missed', values: { done: 4, planned: 8 } }, { id: 'distance-answered', values: { km: 2 } }]);
    expect(two.load).toEqual({ capKm: 2, ...settled });
    expect(told(1.9).load).toEqual({ capKm: 1.9, runWalk: true, ended: false, maintenance: false });
    // Given on week 4's Monday, it speaks of week 3 only.
    expect(two.history[1]!.reasons.map((r) => r.id)).toEqual(['sessions-missed', 'no-runs-logged']);
    // Given in week 2, it speaks of week 1, which had runs: no answer for it.
    expect(told(9, dayOf(2, 3)).history[0]!.reasons).toEqual([{ id: 'all-well', values: {} }]);
  });

  it('counts this week\'s runs so far on the shoes', () => {
    const log = logOf([goodWeek(), { runs: [{ dow: 1, km: 5, pain: 2 }] }], '2026-11-02', [{ name: 'Pair', startKm: 100, from: '2026-11-02' }]);
    expect(decideProgress(ANSWERS, log, dayOf(2, 2), EXERCISES).answers.shoeKm).toBe(125);
  });

  it('lets a clinician seen today lift "not improving"', () => {
    const same = goodWeek(4);
    const today = dayOf(6, 2);
    expect(buildPlanWithLog(ANSWERS, logOf([same, same, same, same, same]), today, EXERCISES, { clinicianSeenOn: today }).progress.notImproving).toBe(false);
    expect(decideProgress(ANSWERS, logOf([same, same, same, same, same]), today, EXERCISES, { clinicianSeenOn: dayOf(6) }).reasons.map((r) => r.id)).not.toContain('not-improving');
  });
});

describe('a flare at the bounds', () => {
  const flareOn = (weeks: WeekSpec[], flare: string, today: string) => buildPlanWithLog(ANSWERS, { ...logOf(weeks), flares: [flare] }, today, EXERCISES);

  it('counts a flare logged today', () => {
    const { progress: p } = flareOn([goodWeek(), goodWeek()], dayOf(3, 1), dayOf(3, 1));
    expect([p.step, p.decision]).toEqual([2, 'drop']);
  });

  it('in week 1 cuts the answers\' first week to 80 %: 21 km to 16.8', () => {
    const { plan } = flareOn([], dayOf(1, 0), dayOf(1, 0));
    expect(plan.week!.runCapKm).toBe(16.8);
  });

  it('with this morning at 9 as well, is the severe-pain stop', () => {
    const log = { ...logOf([]), flares: [dayOf(1, 0)], mornings: [{ date: dayOf(1, 0), pain: 9, compared: 'worse' as const }] };
    expect(buildPlanWithLog(ANSWERS, log, dayOf(1, 0), EXERCISES).plan.safety.stop).toBe(true);
  });

  it('keeps run/walk runs run/walk', () => {
    const { plan } = flareOn([{ ...goodWeek(), runs: [{ dow: 1, km: 1.5, pain: 2 }] }], dayOf(2, 0), dayOf(2, 1));
    const runs = plan.week!.days.flatMap((d) => d.sessions.filter((s) => s.kind === 'run'));
    expect(runs).toHaveLength(3);
    expect(runs.every((s) => s.intervals !== undefined)).toBe(true);
  });
});

describe('this morning at 9', () => {
  it('stops today even if the stop screen was answered lower yesterday', () => {
    const log = logOf([goodWeek()]);
    const today = dayOf(2, 1);
    const withMorning = { ...log, mornings: [...log.mornings, { date: today, pain: 9, compared: 'worse' as const }] };
    expect(buildPlanWithLog(ANSWERS, withMorning, today, EXERCISES, { painAnswer: { date: dayOf(2, 0), pain: 5 } }).plan.safety.stop).toBe(true);
  });
});

describe('return to running after a pause (mutation review)', () => {
  it('restarts as run/walk even when the pause week kept a cap (pain 7 answered, little logged)', () => {
    const strengthOnly = { strength: goodWeek(7).strength, mornings: goodWeek(7).mornings };
    const p = progress([goodWeek(), strengthOnly, goodWeek(3)]);
    expect(p.load.runWalk).toBe(true);
    const paused = progress([goodWeek(), strengthOnly]);
    expect(paused.load.capKm).toBeNull();
  });
});
