import { describe, expect, it } from 'vitest';
import { AnswersSchema, type AnswersInput } from '../schemas/answers';
import type { CauseId } from '../schemas/cause';
import type { Contraindication, Exercise } from '../schemas/exercise';
import type { WeekPlanData } from '../schemas/plan-data';
import type { LoadFromLog } from '../schemas/progress-data';
import { buildWeekPlan } from './build-week-plan';
import type { RoutineContext } from './routine-context';

// A made-up library: one move of each kind, and three kinds of cross-training of 45, 15 and 25 min.
const move = (id: string, type: Exercise['type'], dose: object = { sets: 2, reps: 10 }): Exercise => ({
  id, name: `Move ${id}`, type, selection: 'everyone', causes: [], fromWeek: 1, highImpact: false,
  dosage: Array.from({ length: 8 }, () => dose), cues: ['one cue', 'two cue'], avoid: [], figure: 'x',
});
const LIBRARY = [move('warm', 'dynamic'), move('lift', 'strength'), move('stretch', 'static'), move('swim', 'cross-training', { minutes: 45 }), move('bike', 'cross-training', { minutes: 15 }), move('yoga', 'cross-training', { minutes: 25 })];

const answers = (input: AnswersInput = {}) => AnswersSchema.parse({ age: 35, painLevel: 2, ...input });
const context = (over: Partial<RoutineContext> & { likelyIds?: CauseId[]; conditionIds?: Contraindication[] } = {}): RoutineContext => {
  const { likelyIds = [], conditionIds = [], ...rest } = over;
  return { week: 1, likely: new Set(likelyIds), ranked: likelyIds, conditions: new Set(conditionIds), zone: 'green', gentle: false, noHighImpact: false, plankSeconds: null, units: 'km', ...rest };
};
const build = (a: AnswersInput = {}, ctx: Parameters<typeof context>[0] = {}, load?: LoadFromLog, library = LIBRARY) => buildWeekPlan(answers(a), library, context(ctx), load);
const load = (over: Partial<LoadFromLog>): LoadFromLog => ({ capKm: 12, runWalk: false, ended: false, maintenance: false, ...over });

/** Each day as short words: "run 6.3", "swim 45" (cross-training and its minutes), "run/walk 1+1x5". */
const week = (w: WeekPlanData) =>
  Object.fromEntries(
    w.days.map((d) => [d.day, d.sessions.map((s) => {
      if (s.kind === 'run') return s.intervals ? `run/walk ${s.intervals.runMinutes}+${s.intervals.walkMinutes}x${s.intervals.repeats}` : `run ${s.km}`;
      return s.kind === 'cross-training' ? `${s.items[0]!.id} ${s.minutes}` : s.kind;
    }).join(', ')]),
  );
const strengthDays = (w: WeekPlanData) => w.days.filter((d) => d.sessions.some((s) => s.kind === 'strength')).map((d) => d.day);
const noteIds = (w: WeekPlanData) => w.notes.map((n) => n.id);

describe('buildWeekPlan: fixed weeks', () => {
  it('plans the default green week 1: 21 km over three runs, strength twice, cross-training in library order', () => {
    const w = build();
    expect(w.number).toBe(1);
    expect(w.runCapKm).toBe(21);
    expect(week(w)).toEqual({
      mon: 'strength, swim 45', tue: 'warm-up, run 6.3, cool-down', wed: 'strength, bike 15', thu: 'warm-up, run 6.3, cool-down',
      fri: 'yoga 25', sat: 'warm-up, run 8.4, cool-down', sun: 'rest',
    });
    expect(noteIds(w)).toEqual(['distance-grow']);
  });

  it('fills each session with the week\'s exercises', () => {
    const [mon, tue] = build().days;
    expect(tue!.sessions.map((s) => s.items.map((i) => i.id))).toEqual([['warm'], [], ['stretch']]);
    expect(mon!.sessions[0]!.items).toEqual([{ id: 'lift', name: 'Move lift', type: 'strength', sets: 2, reps: 10 }]);
    expect(mon!.sessions[1]!.items).toEqual([{ id: 'swim', name: 'Move swim', type: 'cross-training', minutes: 45 }]);
  });

  it('pauses runs at pain 7-8: easy cross-training of 20-30 min on each run day', () => {
    const w = build({ painLevel: 7 }, { zone: 'pause' });
    expect(w.runCapKm).toBe(0);
    expect(week(w)).toEqual({ mon: 'strength', tue: 'swim 30', wed: 'strength', thu: 'bike 20', fri: '', sat: 'yoga 25', sun: 'rest' });
    expect(noteIds(w)).toEqual(['runs-paused']);
    expect(week(build({ painLevel: 9 }, { zone: 'stop' })).tue).toBe('swim 30');
  });

  it('keeps overtraining cross-training to two easy days, away from strength days first', () => {
    const w = build({}, { likelyIds: ['overtraining'] });
    expect(week(w)).toEqual({
      mon: 'strength, swim 30', tue: 'warm-up, run 6, cool-down', wed: 'strength', thu: 'warm-up, run 6, cool-down',
      fri: 'bike 20', sat: 'warm-up, run 8, cool-down', sun: 'rest',
    });
    expect(w.notes.find((n) => n.id === 'cross-limited')?.values).toEqual({ days: ['mon', 'fri'], how: 'holds' });
  });

  it('fills the second limited day from the strength days when only one day is free of strength', () => {
    // Runs Wed-Fri, rest Saturday, strength Tuesday and Sunday: Monday, then Tuesday.
    const w = build({ runDays: ['wed', 'thu', 'fri'] }, { likelyIds: ['overtraining'] });
    expect(week(w)).toEqual({
      mon: 'swim 30', tue: 'strength, bike 20', wed: 'warm-up, run 6, cool-down', thu: 'warm-up, run 6, cool-down',
      fri: 'warm-up, run 8, cool-down', sat: 'rest', sun: 'strength',
    });
  });

  it('does not limit two days of cross-training: no note, but still easy', () => {
    const w = build({ runDays: ['mon', 'wed', 'fri', 'sat'] }, { likelyIds: ['overtraining'] });
    expect(week(w)).toMatchObject({ tue: 'strength, swim 30', thu: 'strength, bike 20', sun: 'rest' });
    expect(noteIds(w)).not.toContain('cross-limited');
  });

  it('lets cross-training be once the overtraining cap grows past last week (week 2: 21 km over 20)', () => {
    const w = build({}, { likelyIds: ['overtraining'], week: 2 });
    expect(w.runCapKm).toBe(21);
    expect(week(w)).toMatchObject({ mon: 'strength, swim 45', wed: 'strength, bike 15', fri: 'yoga 25' });
  });

  it('under 12 weeks after birth: walking and strength only, cross-training on the run days', () => {
    const w = build({ pregnancy: 'postpartum-under-12-weeks' }, { conditionIds: ['postpartum-early'] });
    expect(week(w)).toEqual({ mon: 'strength', tue: 'swim 30', wed: 'strength', thu: 'bike 20', fri: '', sat: 'yoga 25', sun: 'rest' });
    expect(noteIds(w)).toEqual(['runs-postpartum']);
  });

  it('under 12 weeks after birth with no run days: the free days take it', () => {
    const w = build({ pregnancy: 'postpartum-under-12-weeks', runDays: [] }, { conditionIds: ['postpartum-early'] });
    expect(week(w)).toEqual({ mon: 'strength, swim 30', tue: 'bike 20', wed: 'strength, yoga 25', thu: 'swim 30', fri: 'bike 20', sat: 'yoga 25', sun: 'rest' });
  });
});

describe('buildWeekPlan: run/walk', () => {
  it('starts from nothing with the step\'s intervals and no distance cap', () => {
    const w = build({ weeklyKm: 0 });
    expect(w.runCapKm).toBe(0);
    expect(week(w)).toMatchObject({ tue: 'warm-up, run/walk 1+1x5, cool-down', sat: 'warm-up, run/walk 1+1x5, cool-down' });
    expect(week(build({ weeklyKm: 0 }, { week: 3 })).thu).toBe('warm-up, run/walk 4+1x4, cool-down');
  });

  it('says nothing of run/walk when there are no run days', () => {
    expect(noteIds(build({ weeklyKm: 0, runDays: [] }))).toEqual(['no-run-days']);
  });

  it('gives a run/walk session its intervals and no exercises of its own', () => {
    const tue = build({ weeklyKm: 0 }, { week: 2 }).days.find((d) => d.day === 'tue')!;
    expect(tue.sessions[1]).toEqual({ kind: 'run', km: 0, intervals: { runMinutes: 2, walkMinutes: 1, repeats: 5 }, items: [] });
  });

  it('keeps a pregnant runner at the first step', () => {
    expect(week(build({ weeklyKm: 0, pregnancy: 'pregnant-under-16-weeks' }, { week: 3 })).thu).toBe('warm-up, run/walk 1+1x5, cool-down');
    expect(week(build({ weeklyKm: 0, pregnancy: 'pregnant-16-weeks-plus' }, { week: 3 })).thu).toBe('warm-up, run/walk 1+1x5, cool-down');
  });

  it('holds a pregnant runner\'s distance at last week\'s, at any stage', () => {
    for (const pregnancy of ['pregnant-under-16-weeks', 'pregnant-16-weeks-plus'] as const) {
      const w = build({ pregnancy }, { week: 2 });
      expect(w.runCapKm).toBe(20);
      expect(noteIds(w)).toContain('distance-pregnancy');
    }
  });

  it('restarts after a cleared flag even with distance last week', () => {
    expect(week(build({ redFlags: ['bone-stress'], clearedFlags: ['bone-stress'] })).sat).toBe('warm-up, run/walk 1+1x5, cool-down');
  });
});

describe('buildWeekPlan: the load the log decided', () => {
  it.each([
    [load({ capKm: 12.34 }), 12.3, 'distance-log', { tue: 'warm-up, run 3.7, cool-down', sat: 'warm-up, run 4.9, cool-down' }],
    [load({ capKm: 12.34, flare: true }), 12.3, 'distance-flare', { tue: 'warm-up, run 3.7, cool-down' }],
    [load({ capKm: null, runWalk: true }), 0, 'run-walk', { tue: 'warm-up, run/walk 1+1x5, cool-down' }],
    [load({ capKm: 20, runWalk: true }), 0, 'run-walk', { tue: 'warm-up, run/walk 1+1x5, cool-down' }],
    [load({ capKm: null }), 0, 'runs-paused', { tue: 'swim 30' }],
    [load({ capKm: 20, ended: true }), 0, 'runs-paused', { tue: 'swim 30', sat: 'yoga 25' }],
  ] as const)('%j: cap %s km, %s', (l, cap, note, days) => {
    const w = build({}, {}, l);
    expect(w.runCapKm).toBe(cap);
    expect(noteIds(w)).toContain(note);
    expect(week(w)).toMatchObject(days);
  });

  it('does not run/walk from the answers when the log says otherwise', () => {
    expect(week(build({ weeklyKm: 0 }, {}, load({ capKm: 12 }))).tue).toBe('warm-up, run 3.6, cool-down');
  });
});

describe('buildWeekPlan: strength days and the week\'s shape', () => {
  it.each([
    [{ week: 2 }, undefined, ['mon', 'wed']],
    [{ week: 3 }, undefined, ['mon', 'wed', 'fri']],
    [{ week: 5, gentle: true }, undefined, ['mon', 'wed']],
    [{ week: 5 }, load({ capKm: 12, maintenance: true }), ['mon', 'wed']],
    [{ week: 5 }, load({ capKm: 12 }), ['mon', 'wed', 'fri']],
  ] as const)('%j with %j: strength on %j', (ctx, l, days) => {
    expect(strengthDays(build({}, ctx, l))).toEqual(days);
  });

  it('runs on fewer days when the cap is too small for three runs of 1.5 km', () => {
    const w = build({ weeklyKm: 3 });
    expect(week(w)).toMatchObject({ tue: 'warm-up, run 1.6, cool-down', thu: 'yoga 25', fri: 'swim 45', sat: 'warm-up, run 1.5, cool-down' });
    expect(w.notes.find((n) => n.id === 'fewer-runs')?.values).toEqual({ days: ['thu'] });
  });

  it('says when the single-run limit keeps the runs under the cap', () => {
    const w = build({ longestRunKm: 4 });
    expect(week(w)).toMatchObject({ tue: 'warm-up, run 4.4, cool-down', sat: 'warm-up, run 4.4, cool-down' });
    expect(w.notes.find((n) => n.id === 'run-limit')?.values).toEqual({ runLimitKm: 4.4, plannedKm: 13.2 });
  });

  it('rotates a single kind of cross-training, and plans none without any', () => {
    expect(week(build({}, {}, undefined, LIBRARY.slice(0, 4)))).toMatchObject({ mon: 'strength, swim 45', wed: 'strength, swim 45', fri: 'swim 45' });
    expect(week(build({}, {}, undefined, LIBRARY.slice(0, 3)))).toMatchObject({ mon: 'strength', fri: '' });
  });

  it('gives cross-training without minutes 20 min', () => {
    expect(week(build({}, {}, undefined, [...LIBRARY.slice(0, 3), move('walk', 'cross-training', { sets: 1 })])).fri).toBe('walk 20');
  });

  it('builds only the shape of a past week: sessions without exercises, no notes', () => {
    const w = buildWeekPlan(answers(), LIBRARY, context(), undefined, 'shape');
    expect(w).toMatchObject({ number: 1, runCapKm: 21, notes: [] });
    expect(week(w)).toEqual(week(build()));
    const sessions = w.days.flatMap((d) => d.sessions).filter((s) => s.kind !== 'cross-training');
    expect(sessions.map((s) => s.kind)).toContain('strength');
    expect(sessions.every((s) => s.items.length === 0)).toBe(true);
  });
});
