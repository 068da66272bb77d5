import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../data/exercises';
import { arbitraryAnswers } from '../../tests/support/arbitrary-answers';
import { AnswersSchema, DAYS, type Answers, type AnswersInput } from '../schemas/answers';
import { CORE_FAMILIES } from '../schemas/exercise';
import { PlanSchema, type Plan, type WeekPlan } from '../schemas/plan';
import { buildPlan } from './build-plan';
import { areAdjacent } from './week-days';

const FAMILY = new Map(EXERCISES.map((ex) => [ex.id, ex.family]));
const plan = (input: AnswersInput, week = 1) => buildPlan(AnswersSchema.parse(input), EXERCISES, { week });
const weekOf = (p: Plan): WeekPlan => {
  if (!p.week) throw new Error('expected a week');
  return p.week;
};
const runs = (w: WeekPlan) => w.days.flatMap((d) => d.sessions.filter((s) => s.kind === 'run').map((s) => ({ day: d.day, ...s })));
const daysWith = (w: WeekPlan, kind: string) => w.days.filter((d) => d.sessions.some((s) => s.kind === kind)).map((d) => d.day);

/** Every rule the plan contract promises, checked on one plan. */
function expectPlanRules(a: Answers, p: Plan) {
  expect(PlanSchema.safeParse(p).success).toBe(true);
  if (a.redFlags.length > 0) {
    expect(p.safety.stop).toBe(true);
    expect(p.week).toBeNull();
    return;
  }
  const w = weekOf(p);
  expect(w.days.map((d) => d.day)).toEqual(DAYS);
  for (const day of w.days) {
    const kinds = day.sessions.map((s) => s.kind);
    for (const s of day.sessions) {
      if (s.kind === 'warm-up') expect(s.items.every((i) => i.type === 'dynamic')).toBe(true);
      if (s.kind === 'cool-down') expect(s.items.every((i) => i.type === 'static')).toBe(true);
      if (s.kind === 'strength') expect(s.items.every((i) => i.type === 'strength')).toBe(true);
      if (s.kind === 'cross-training') expect(s.items.every((i) => i.type === 'cross-training') && s.minutes! >= 20).toBe(true);
    }
    if (kinds.includes('run')) {
      expect(kinds).not.toContain('cross-training');
      expect(kinds[0]).toBe('warm-up');
      expect(kinds.indexOf('run')).toBeLessThan(kinds.indexOf('cool-down'));
      expect(kinds.at(-1)).toBe('cool-down');
    }
    if (kinds.includes('rest')) expect(kinds).toEqual(['rest']);
  }
  expect(daysWith(w, 'rest').length).toBeGreaterThanOrEqual(1);
  const strengthDays = daysWith(w, 'strength');
  expect(strengthDays.length).toBeGreaterThanOrEqual(2);
  expect(strengthDays.length).toBeLessThanOrEqual(3);
  for (const a1 of strengthDays) for (const b1 of strengthDays) if (a1 !== b1) expect(areAdjacent(a1, b1)).toBe(false);
  const strengthItems = w.days.flatMap((d) => d.sessions).find((s) => s.kind === 'strength')!.items;
  for (const family of CORE_FAMILIES) expect(strengthItems.some((i) => FAMILY.get(i.id) === family)).toBe(true);

  const planned = runs(w);
  const total = planned.reduce((sum, r) => sum + r.km!, 0);
  expect(total).toBeLessThanOrEqual(w.runCapKm + 1e-9);
  expect(w.runCapKm).toBeLessThanOrEqual(a.weeklyKm * 1.05 + 1e-9);
  for (const r of planned) {
    expect(r.km! * 10).toBeCloseTo(Math.round(r.km! * 10), 9);
    expect(r.km!).toBeLessThanOrEqual(a.longestRunKm * 1.1 + 1e-9);
    expect(r.km! > 0 || r.intervals !== undefined).toBe(true);
  }
  if (planned.some((r) => r.intervals)) {
    for (const x of planned) for (const y of planned) if (x.day !== y.day) expect(areAdjacent(x.day, y.day)).toBe(false);
  }
  if (a.painLevel >= 7) expect(planned).toEqual([]);
}

describe('buildPlan', () => {
  it('keeps every rule for any valid answers and week', () => {
    fc.assert(
      fc.property(arbitraryAnswers({ redFlags: true }), fc.integer({ min: 1, max: 8 }), (a, week) => {
        expectPlanRules(a, buildPlan(a, EXERCISES, { week }));
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(arbitraryAnswers(), (a) => {
        expect(buildPlan(a, EXERCISES, { week: 4 })).toEqual(buildPlan(a, EXERCISES, { week: 4 }));
      }),
    );
  });

  it('plans the default runner: three runs within 5 % growth, long run on Saturday', () => {
    const w = weekOf(plan({}));
    expect(runs(w).map((r) => [r.day, r.km])).toEqual([['tue', 6.3], ['thu', 6.3], ['sat', 8.4]]);
    expect(w.runCapKm).toBe(21);
    expect(daysWith(w, 'rest')).toEqual(['sun']);
  });

  it('holds distance when overtraining is likely and cuts it after steep growth', () => {
    expect(weekOf(plan({ weeklyIncreasePct: 8, painWhen: ['next-morning'] })).runCapKm).toBe(20);
    const cut = weekOf(plan({ weeklyIncreasePct: 20 }));
    expect(cut.runCapKm).toBe(18);
    expect(cut.notes.map((n) => n.id)).toContain('distance-hold');
  });

  it('turns one run into rest for a runner who runs every day, and says why', () => {
    const w = weekOf(plan({ runDays: [...DAYS] }));
    expect(daysWith(w, 'rest')).toEqual(['mon']);
    expect(runs(w)).toHaveLength(6);
    expect(w.notes.find((n) => n.id === 'rest-day-added')?.text).toMatch(/every day/);
  });

  it('swaps runs for cross-training at pain 7/10 and refers', () => {
    const p = plan({ painLevel: 8 });
    const w = weekOf(p);
    expect(runs(w)).toEqual([]);
    expect(daysWith(w, 'cross-training')).toEqual(expect.arrayContaining(['tue', 'thu', 'sat']));
    expect(p.safety.referral).toBe(true);
    expect(w.notes.map((n) => n.id)).toEqual(expect.arrayContaining(['runs-paused', 'referral']));
  });

  it('starts a runner from zero with run/walk sessions 48 h apart', () => {
    const w = weekOf(plan({ weeklyKm: 0, runDays: ['mon', 'tue', 'wed'] }));
    expect(runs(w).map((r) => [r.day, r.km, r.intervals])).toEqual([
      ['mon', 0, { runMinutes: 1, walkMinutes: 1, repeats: 5 }],
      ['wed', 0, { runMinutes: 1, walkMinutes: 1, repeats: 5 }],
    ]);
    expect(w.notes.map((n) => n.id)).toEqual(expect.arrayContaining(['run-walk', 'run-walk-spacing']));
  });

  it('explains answers that sit oddly together', () => {
    const w = weekOf(plan({ weeklyKm: 40, runDays: [] }));
    expect(runs(w)).toEqual([]);
    expect(w.notes.find((n) => n.id === 'no-run-days')?.text).toMatch(/40 km/);
  });

  it('never lets one run grow past the longest recent run by more than 10 %', () => {
    const w = weekOf(plan({ weeklyKm: 40, longestRunKm: 10, runDays: ['sat', 'sun'] }));
    expect(runs(w).map((r) => r.km)).toEqual([11, 11]);
  });

  it('progresses strength variants by week and keeps gentle plans on base variants', () => {
    const ids = (p: Plan) => weekOf(p).days.flatMap((d) => d.sessions).find((s) => s.kind === 'strength')!.items.map((i) => i.id);
    expect(ids(plan({}, 1))).toEqual(expect.arrayContaining(['front-plank', 'glute-bridge', 'bodyweight-squat', 'split-squat']));
    expect(ids(plan({}, 8))).toEqual(expect.arrayContaining(['plank-shoulder-taps', 'single-leg-bridge', 'tempo-squat', 'walking-lunge']));
    expect(ids(plan({ spinalDiagnosis: 'herniated-disc' }, 8))).toEqual(expect.arrayContaining(['front-plank', 'glute-bridge', 'bodyweight-squat', 'split-squat']));
  });

  it('adds exercises for the likely causes', () => {
    const all = (p: Plan) => new Set(weekOf(p).days.flatMap((d) => d.sessions.flatMap((s) => s.items.map((i) => i.id))));
    expect(all(plan({ plankSeconds: 10 }))).toContain('dead-bug');
    expect(all(plan({ pastInjury: true }))).toContain('clamshell');
    expect(all(plan({}))).not.toContain('clamshell');
  });

  it('suggests a gait check when an old injury is a likely cause', () => {
    expect(weekOf(plan({ pastInjury: true })).notes.map((n) => n.id)).toContain('gait-check');
    expect(weekOf(plan({})).notes.map((n) => n.id)).not.toContain('gait-check');
  });

  it('notes shoes near or past replacement, without inserts', () => {
    const notes = weekOf(plan({ shoeKm: 900 })).notes;
    expect(notes.find((n) => n.id === 'shoes-replace')?.text).toMatch(/new pair/);
    expect(JSON.stringify(notes)).not.toMatch(/insole|orthotic|insert/i);
  });

  it('writes notes in miles for a runner who chose miles, keeping the numbers in km', () => {
    const p = buildPlan(AnswersSchema.parse({ shoeKm: 900, weeklyIncreasePct: 20 }), EXERCISES, { units: 'mi' });
    const w = weekOf(p);
    expect(w.runCapKm).toBe(18);
    expect(w.notes.find((n) => n.id === 'distance-hold')?.text).toMatch(/drops 10 % to 11.2 mi/);
    expect(w.notes.find((n) => n.id === 'shoes-replace')?.text).toMatch(/about 559 mi .* spent by 500 mi/);
  });

  it('rejects a week outside 1-8 as a programmer error', () => {
    expect(() => plan({}, 9)).toThrow(RangeError);
  });
});
