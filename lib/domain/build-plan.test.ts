import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../data/exercises';
import { arbitraryAnswers } from '../../tests/support/arbitrary-answers';
import { propertyRuns } from '../../tests/support/property-runs';
import { AnswersSchema, DAYS, type Answers, type AnswersInput } from '../schemas/answers';
import { CORE_FAMILIES } from '../schemas/exercise';
import { PlanSchema, type Plan, type WeekPlan } from '../schemas/plan';
import { buildPlan } from '../../tests/support/worded-plan';
import { triage } from './check-safety';
import { painZone } from './pain-zone';
import { areAdjacent } from './week-days';

const FAMILY = new Map(EXERCISES.map((ex) => [ex.id, ex.family]));
const plan = (input: AnswersInput, week = 1) => buildPlan(AnswersSchema.parse(input), EXERCISES, { week });
const weekOf = (p: Plan): WeekPlan => {
  if (!p.week) throw new Error('expected a week');
  return p.week;
};
const runs = (w: WeekPlan) => w.days.flatMap((d) => d.sessions.filter((s) => s.kind === 'run').map((s) => ({ day: d.day, ...s })));
const daysWith = (w: WeekPlan, kind: string) => w.days.filter((d) => d.sessions.some((s) => s.kind === kind)).map((d) => d.day);

const LIBRARY = new Map(EXERCISES.map((ex) => [ex.id, ex]));
const items = (w: WeekPlan) => w.days.flatMap((d) => d.sessions.flatMap((s) => s.items));

/** Every rule the plan contract promises, checked on one plan. */
function expectPlanRules(a: Answers, p: Plan, weekNumber: number) {
  expect(PlanSchema.safeParse(p).success).toBe(true);
  // Every sentence is finished: no template left unfilled, no missing value.
  expect(JSON.stringify(p)).not.toMatch(/\$\{|undefined|NaN/);
  const t = triage(a, { weeksSinceAnswers: weekNumber - 1 });
  expect(p.safety.stop).toBe(t.stop);
  if (t.stop) {
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

  // Distances: the zone's cap, the 10 % single-run rule, no run under 1.5 km outside run/walk.
  const zone = painZone(a);
  const planned = runs(w);
  const total = planned.reduce((sum, r) => sum + r.km!, 0);
  expect(total).toBeLessThanOrEqual(w.runCapKm + 1e-9);
  const pregnant = a.pregnancy.startsWith('pregnant');
  const ceiling = zone === 'red' ? a.weeklyKm * 0.8 : zone === 'amber' || pregnant ? a.weeklyKm : a.weeklyKm * 1.05 ** weekNumber;
  expect(w.runCapKm).toBeLessThanOrEqual(ceiling + 1e-9);
  if (a.weeklyIncreasePct <= -50) expect(w.runCapKm).toBeLessThanOrEqual(a.weeklyKm * 1.05 ** (weekNumber - 1) + 1e-9);
  if (zone === 'pause' || a.pregnancy === 'postpartum-under-12-weeks') expect(planned).toEqual([]);
  for (const r of planned) {
    expect(r.km! * 10).toBeCloseTo(Math.round(r.km! * 10), 9);
    if (r.intervals) continue;
    expect(r.km!).toBeLessThanOrEqual(Math.floor(a.longestRunKm * 1.1 * 10 + 1e-9) / 10 + 1e-9);
    expect(r.km!).toBeGreaterThanOrEqual(1.5);
  }
  if (a.weeklyIncreasePct <= -100 || a.weeklyKm < 2) expect(planned.every((r) => r.intervals)).toBe(true);
  if (planned.some((r) => r.intervals)) {
    for (const x of planned) for (const y of planned) if (x.day !== y.day) expect(areAdjacent(x.day, y.day)).toBe(false);
  }

  // What the routine may contain.
  const gentle = p.safety.referral ? /gentle/.test(p.safety.messages[0]!) : w.notes.some((n) => n.id === 'gentle');
  expect(w.notes.some((n) => n.id === 'gentle')).toBe(gentle);
  const used = items(w).map((i) => ({ item: i, ex: LIBRARY.get(i.id)! }));
  if (gentle || zone === 'amber' || pregnant) expect(used.filter(({ ex }) => ex.highImpact)).toEqual([]);
  if (gentle) {
    for (const { item, ex } of used) {
      expect(ex.fromWeek, ex.id).toBe(1);
      const capped = ex.dosage[Math.min(weekNumber, 3) - 1]!;
      if (item.sets !== undefined) expect(item.sets).toBeLessThanOrEqual(capped.sets!);
      if (item.reps !== undefined) expect(item.reps).toBeLessThanOrEqual(capped.reps!);
      if (item.seconds !== undefined) expect(item.seconds).toBeLessThanOrEqual(capped.seconds!);
    }
  }
  for (const [condition, holds] of [
    ['eases-leaning-back', a.eases === 'leaning-back'],
    ['eases-bending-forward', a.eases === 'bending-forward'],
    ['pregnant-16-weeks-plus', a.pregnancy === 'pregnant-16-weeks-plus'],
    ['postpartum-early', a.pregnancy === 'postpartum-under-12-weeks'],
  ] as const) {
    if (holds) expect(used.filter(({ ex }) => ex.avoid.includes(condition)).map(({ ex }) => ex.id)).toEqual([]);
  }

  // Every note agrees with the week it describes.
  const kindsOn = (day: string) => w.days.find((d) => d.day === day)!.sessions.map((s) => s.kind);
  for (const note of w.notes) {
    const v = note.values ?? {};
    if (typeof v.restDay === 'string') expect(kindsOn(v.restDay), note.id).toEqual(['rest']);
    if (typeof v.km === 'number') expect(v.km, note.id).toBe(w.runCapKm);
    const days = (Array.isArray(v.days) ? v.days : []) as string[];
    for (const day of days) {
      if (['runs-paused', 'runs-postpartum', 'cross-limited'].includes(note.id)) expect(kindsOn(day), `${note.id} ${day}`).toContain('cross-training');
      if (['run-walk-spacing', 'fewer-runs'].includes(note.id)) expect(kindsOn(day), `${note.id} ${day}`).not.toContain('run');
      if (note.id === 'run-walk') expect(kindsOn(day), `${note.id} ${day}`).toContain('run');
    }
  }
  if (w.notes.some((n) => n.id === 'cross-limited')) expect(daysWith(w, 'cross-training').length).toBeLessThanOrEqual(2);
}

describe('buildPlan', () => {
  it('keeps every rule for any valid answers and week', () => {
    fc.assert(
      fc.property(arbitraryAnswers({ redFlags: true }), fc.integer({ min: 1, max: 8 }), (a, week) => {
        expectPlanRules(a, buildPlan(a, EXERCISES, { week }), week);
      }),
      { numRuns: propertyRuns(600) },
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
    expect(cut.notes.find((n) => n.id === 'distance-cut')?.text).toMatch(/drops 10 % to 18 km/);
    // Then it grows 5 % a week from the cut week: 18 × 1.05 = 18.9 in week 2.
    expect(weekOf(plan({ weeklyIncreasePct: 20 }, 2)).runCapKm).toBe(18.9);
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
    expect(w.notes.map((n) => n.id)).toContain('runs-paused');
    expect(p.safety.referralReasons).toContain('high-pain');
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
    expect(w.notes.find((n) => n.id === 'distance-cut')?.text).toMatch(/drops 10 % to 11.2 mi/);
    expect(w.notes.find((n) => n.id === 'shoes-replace')?.text).toMatch(/about 559 mi on them/);
  });

  it('rejects a week outside 1-8 as a programmer error', () => {
    expect(() => plan({}, 9)).toThrow(RangeError);
  });
});
