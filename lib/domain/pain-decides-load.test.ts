import { describe, expect, it } from 'vitest';
import { DESK_ROUTINE_IDS } from '../../data/exercises/desk';
import { EXERCISES } from '../../data/exercises';
import { AnswersSchema, type AnswersInput } from '../schemas/answers';
import type { Plan, WeekPlan } from '../schemas/plan';
import { buildPlan } from '../../tests/support/worded-plan';
import { deskRoutine } from './desk-routine';
import { painZone } from './pain-zone';

// Fixed expected plans, worked out by hand from the brief (defaults: 20 km last week, longest run
// 8 km, runs on Tuesday, Thursday and Saturday).
const plan = (input: AnswersInput, week = 1): Plan => buildPlan(AnswersSchema.parse(input), EXERCISES, { week });
const weekOf = (p: Plan): WeekPlan => {
  if (!p.week) throw new Error('expected a week');
  return p.week;
};
const runKm = (p: Plan) => weekOf(p).days.flatMap((d) => d.sessions.filter((s) => s.kind === 'run').map((s) => [d.day, s.km, s.intervals ? 'run/walk' : 'run']));
const ids = (p: Plan, kind: string) => weekOf(p).days.flatMap((d) => d.sessions).find((s) => s.kind === kind)?.items.map((i) => i.id) ?? [];
const item = (p: Plan, id: string) => weekOf(p).days.flatMap((d) => d.sessions.flatMap((s) => s.items)).find((i) => i.id === id);
const noteIds = (p: Plan) => weekOf(p).notes.map((n) => n.id);
const HIGH_IMPACT = ['high-knees', 'butt-kicks', 'a-skips'];

describe('pain zones', () => {
  it.each<[number, string[], ReturnType<typeof painZone>]>([
    [0, [], 'green'],
    [3, [], 'green'],
    [4, [], 'amber'],
    [5, [], 'amber'],
    [4, ['all-day'], 'amber'],
    [5, ['all-day'], 'pause'],
    [6, [], 'red'],
    [6, ['all-day'], 'pause'],
    [7, [], 'pause'],
    [8, [], 'pause'],
    [9, [], 'stop'],
    [10, [], 'stop'],
  ])('pain %i with %j is %s', (painLevel, painWhen, zone) => {
    expect(painZone({ painLevel, painWhen: painWhen as never })).toBe(zone);
  });

  it('green (3/10) grows 5 % on last week: 21 km, runs 6.3, 6.3 and 8.4', () => {
    expect(weekOf(plan({ painLevel: 3 })).runCapKm).toBe(21);
    expect(runKm(plan({ painLevel: 3 }))).toEqual([['tue', 6.3, 'run'], ['thu', 6.3, 'run'], ['sat', 8.4, 'run']]);
  });

  it('green compounds 5 % a week: 23.1 km in week 3 (20 × 1.05³ = 23.15)', () => {
    expect(weekOf(plan({}, 3)).runCapKm).toBe(23.1);
  });

  it('amber (4/10) holds at last week in every week and swaps jumping drills for low-impact ones', () => {
    expect(weekOf(plan({ painLevel: 4 })).runCapKm).toBe(20);
    expect(weekOf(plan({ painLevel: 5 }, 4)).runCapKm).toBe(20);
    expect(runKm(plan({ painLevel: 4 }))).toEqual([['tue', 6, 'run'], ['thu', 6, 'run'], ['sat', 8, 'run']]);
    const warmUp = ids(plan({ painLevel: 4 }, 4), 'warm-up');
    expect(warmUp).toContain('marching');
    expect(warmUp.filter((id) => HIGH_IMPACT.includes(id))).toEqual([]);
    expect(ids(plan({ painLevel: 3 }, 4), 'warm-up')).toEqual(expect.arrayContaining(['high-knees', 'butt-kicks', 'a-skips']));
    expect(noteIds(plan({ painLevel: 4 }))).toContain('distance-amber');
  });

  it('red (6/10) cuts to 80 %: 16 km, runs 4.8, 4.8 and 6.4, gentle', () => {
    const p = plan({ painLevel: 6 });
    expect(weekOf(p).runCapKm).toBe(16);
    expect(runKm(p)).toEqual([['tue', 4.8, 'run'], ['thu', 4.8, 'run'], ['sat', 6.4, 'run']]);
    expect(noteIds(p)).toEqual(expect.arrayContaining(['distance-red', 'gentle']));
    expect(weekOf(plan({ painLevel: 6 }, 5)).runCapKm).toBe(16);
  });

  it.each<[string, AnswersInput]>([
    ['pain 7/10', { painLevel: 7 }],
    ['pain 8/10', { painLevel: 8 }],
    ['pain 5/10 all day', { painLevel: 5, painWhen: ['all-day'] }],
  ])('%s pauses runs: 20-30 min of easy cross-training on each run day, gentle', (_, patch) => {
    const p = plan(patch, 6);
    const w = weekOf(p);
    expect(runKm(p)).toEqual([]);
    const cross = w.days.filter((d) => d.sessions.some((s) => s.kind === 'cross-training'));
    expect(cross.map((d) => d.day)).toEqual(['tue', 'thu', 'sat']);
    for (const d of cross) {
      const minutes = d.sessions.find((s) => s.kind === 'cross-training')!.minutes!;
      expect(minutes).toBeGreaterThanOrEqual(20);
      expect(minutes).toBeLessThanOrEqual(30);
    }
    expect(noteIds(p)).toEqual(expect.arrayContaining(['runs-paused', 'gentle']));
  });

  it('at 9-10/10 there is no routine at all', () => {
    expect(plan({ painLevel: 9 }).week).toBeNull();
    expect(plan({ painLevel: 10 }).week).toBeNull();
  });
});

describe('comeback and standing start', () => {
  it('a fall of 50 % holds week 1 at last week (20 km), then grows 5 % (21 km)', () => {
    expect(weekOf(plan({ weeklyIncreasePct: -50 })).runCapKm).toBe(20);
    expect(weekOf(plan({ weeklyIncreasePct: -50 }, 2)).runCapKm).toBe(21);
    expect(weekOf(plan({ weeklyIncreasePct: -49 })).runCapKm).toBe(21);
  });

  it('a fall of 100 % restarts with run/walk, not above the old distance', () => {
    const p = plan({ weeklyIncreasePct: -100 });
    expect(runKm(p)).toEqual([['tue', 0, 'run/walk'], ['thu', 0, 'run/walk'], ['sat', 0, 'run/walk']]);
    expect(weekOf(p).runCapKm).toBe(0);
    expect(noteIds(p)).toContain('run-walk');
  });

  it('under 2 km last week is a standing start; 2 km is one run of 2.1 km', () => {
    expect(runKm(plan({ weeklyKm: 1.9 })).every(([, , kind]) => kind === 'run/walk')).toBe(true);
    const p = plan({ weeklyKm: 2 });
    expect(runKm(p)).toEqual([['sat', 2.1, 'run']]);
    expect(weekOf(p).notes.find((n) => n.id === 'fewer-runs')?.values).toEqual({ days: ['tue', 'thu'] });
  });

  it('keeps every run at 1.5 km or more by running on fewer days', () => {
    const p = plan({ weeklyKm: 4, runDays: ['mon', 'wed', 'fri', 'sun'] });
    expect(runKm(p)).toEqual([['mon', 2.1, 'run'], ['sun', 2.1, 'run']]);
  });

  it('a longest run that cannot reach 1.5 km within the 10 % rule is a standing start', () => {
    expect(runKm(plan({ longestRunKm: 1.3 })).every(([, , kind]) => kind === 'run/walk')).toBe(true);
    expect(runKm(plan({ longestRunKm: 1.4 })).every(([, km]) => km === 1.5)).toBe(true);
  });

  it('a cleared emergency flag or bone stress restarts with run/walk, gently', () => {
    for (const flag of ['both-legs', 'bone-stress'] as const) {
      const p = plan({ redFlags: [flag], clearedFlags: [flag] });
      expect(runKm(p).every(([, , kind]) => kind === 'run/walk')).toBe(true);
      expect(noteIds(p)).toContain('gentle');
      expect(p.safety.messages[0]).toMatch(/gentle/);
    }
    expect(runKm(plan({ redFlags: ['weight-loss'], clearedFlags: ['weight-loss'] }))[0]![2]).toBe('run');
  });
});

describe('overtraining keeps the week\'s load down', () => {
  it('keeps cross-training to two easy days while distance holds', () => {
    const p = plan({ weeklyIncreasePct: 20, runDays: ['sat'] });
    const cross = weekOf(p).days.filter((d) => d.sessions.some((s) => s.kind === 'cross-training'));
    expect(cross).toHaveLength(2);
    for (const d of cross) expect(d.sessions.find((s) => s.kind === 'cross-training')!.minutes).toBeLessThanOrEqual(30);
    expect(noteIds(p)).toContain('cross-limited');
  });

  it('says "climbing" only when distance has grown', () => {
    const p = plan({ weeklyIncreasePct: 0, runDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], painWhen: ['next-morning'] });
    expect(JSON.stringify(weekOf(p).notes)).not.toMatch(/climbing|rising/);
  });
});

describe('pregnancy and after birth', () => {
  it('pregnant: no distance growth and no high-impact drills', () => {
    const p = plan({ pregnancy: 'pregnant-under-16-weeks' }, 4);
    expect(weekOf(p).runCapKm).toBe(20);
    expect(ids(p, 'warm-up').filter((id) => HIGH_IMPACT.includes(id))).toEqual([]);
    expect(p.safety.referralReasons).toContain('pregnancy');
    expect(ids(p, 'strength')).toContain('bridge-march');
  });

  it('from 16 weeks: nothing lying flat on the back, the bridge done from a sofa', () => {
    const p = plan({ pregnancy: 'pregnant-16-weeks-plus', plankSeconds: 10 }, 4);
    const all = weekOf(p).days.flatMap((d) => d.sessions.flatMap((s) => s.items.map((i) => i.id)));
    expect(all).toContain('sofa-hip-thrust');
    for (const lying of ['glute-bridge', 'bridge-march', 'dead-bug', 'pelvic-tilt', 'figure-four-stretch', 'knee-to-chest']) expect(all).not.toContain(lying);
  });

  it('under 12 weeks after birth: no running, brisk walks on the run days and the strength work', () => {
    const p = plan({ pregnancy: 'postpartum-under-12-weeks' });
    expect(runKm(p)).toEqual([]);
    const cross = weekOf(p).days.filter((d) => d.sessions.some((s) => s.kind === 'cross-training'));
    expect(cross.map((d) => d.day)).toEqual(['tue', 'thu', 'sat']);
    expect(new Set(cross.map((d) => d.sessions.find((s) => s.kind === 'cross-training')!.items[0]!.id))).toEqual(new Set(['brisk-walk']));
    expect(ids(p, 'strength').length).toBeGreaterThan(0);
    expect(p.safety.messages.join(' ')).toMatch(/pelvic-health physiotherapist/);
  });
});

describe('which way eases it', () => {
  it('leaning back: no sustained forward bends, gentle extension instead, no cycling', () => {
    const p = plan({ eases: 'leaning-back', painWhere: ['below-knee'] }, 2);
    const coolDown = ids(p, 'cool-down');
    expect(coolDown).toContain('lying-on-elbows');
    expect(coolDown).not.toContain('childs-pose');
    expect(coolDown).not.toContain('knee-to-chest');
    const cross = weekOf(p).days.flatMap((d) => d.sessions.filter((s) => s.kind === 'cross-training').map((s) => s.items[0]!.id));
    expect(cross).not.toContain('cycling');
  });

  it('bending forward: no back bends, forward stretches kept, cycling allowed even with a disc diagnosis', () => {
    const p = plan({ eases: 'bending-forward', spinalDiagnosis: 'herniated-disc' });
    expect(ids(p, 'cool-down')).toContain('childs-pose');
    expect(ids(p, 'cool-down')).not.toContain('lying-on-elbows');
    const cross = weekOf(p).days.flatMap((d) => d.sessions.filter((s) => s.kind === 'cross-training').map((s) => s.items[0]!.id));
    expect(cross).toContain('cycling');
    expect(deskRoutine(AnswersSchema.parse({ eases: 'bending-forward' }), EXERCISES, DESK_ROUTINE_IDS).map((i) => i.id)).not.toContain('standing-back-extension');
  });

  it('unsure filters nothing', () => {
    expect(ids(plan({ eases: 'unsure' }), 'cool-down')).toEqual(ids(plan({}), 'cool-down'));
    expect(deskRoutine(AnswersSchema.parse({}), EXERCISES, DESK_ROUTINE_IDS).map((i) => i.id)).toEqual(DESK_ROUTINE_IDS);
  });
});

describe('dosing rules', () => {
  it('picks extras in cause-score order: an old injury (0.7) before a weak core (0.6)', () => {
    const extras = ids(plan({ pastInjury: true, plankSeconds: 20 }), 'strength').filter((id) => !['front-plank', 'glute-bridge', 'bodyweight-squat', 'split-squat'].includes(id));
    expect(extras).toEqual(['clamshell', 'single-leg-balance', 'calf-raise']);
  });

  it('breaks score ties by the brief\'s order: spinal condition before posture', () => {
    const p = plan({ painWhere: ['below-knee'], runningPosture: 'hunched' });
    expect(p.causes.slice(0, 2).map((c) => [c.id, c.score])).toEqual([['spinal-condition', 0.6], ['posture', 0.6]]);
  });

  it('starts a harder variant at its own first dose: a full side plank at 2 × 20 s in week 4', () => {
    expect(item(plan({ plankSeconds: 20 }, 3), 'side-plank-kneeling')).toMatchObject({ sets: 3, seconds: 25 });
    expect(item(plan({ plankSeconds: 20 }, 4), 'side-plank')).toMatchObject({ sets: 2, seconds: 20, perSide: true });
    expect(item(plan({}, 6), 'plank-shoulder-taps')).toMatchObject({ sets: 2, reps: 8 });
  });

  it.each<[number | null, string, number]>([
    [null, 'front-plank', 20],
    [60, 'front-plank', 20],
    [15, 'front-plank', 15],
    [10, 'front-plank', 10],
    [9.9, 'kneeling-plank', 15],
    [0, 'kneeling-plank', 15],
  ])('a tested plank of %s s starts week 1 with %s for %i s', (plankSeconds, id, seconds) => {
    const p = plan({ plankSeconds });
    expect(item(p, id)?.seconds).toBe(seconds);
    expect(ids(p, 'strength').filter((i) => i.includes('plank') && !i.startsWith('side'))).toEqual([id]);
  });

  it('moves on from the kneeling plank in week 2, growing the hold 5 s a week from the test up to the step dose', () => {
    expect(item(plan({ plankSeconds: 5 }, 2), 'front-plank')).toMatchObject({ sets: 2, seconds: 15 });
    expect(item(plan({ plankSeconds: 10 }, 3), 'front-plank')).toMatchObject({ seconds: 20 });
    // Step 3's dose is 30 s: a 40 s tested hold does not push past it.
    expect(item(plan({ plankSeconds: 40 }, 3), 'front-plank')).toMatchObject({ seconds: 30 });
    expect(item(plan({ plankSeconds: null }, 2), 'front-plank')).toMatchObject({ sets: 2, seconds: 25 });
  });

  it('keeps gentle plans at the first variant and at most the step-3 dose while the step advances', () => {
    const p = plan({ spinalDiagnosis: 'herniated-disc' }, 8);
    expect(item(p, 'front-plank')).toMatchObject({ sets: 2, seconds: 30 });
    expect(ids(p, 'strength')).not.toContain('plank-shoulder-taps');
    expect(ids(p, 'warm-up').filter((id) => HIGH_IMPACT.includes(id))).toEqual([]);
  });

  it('gives an untried test no reason and no score', () => {
    const p = plan({ plankSeconds: null, toeTouch: 'not-tried', sittingHours: 2 });
    const byId = Object.fromEntries(p.causes.map((c) => [c.id, c]));
    expect(byId['weak-core']).toMatchObject({ score: 0, reasons: [] });
    expect(byId.flexibility).toMatchObject({ score: 0, reasons: [] });
  });

  it('ignores a toe touch where it is not asked: pain below the knee, leaning back eases, osteoporosis', () => {
    for (const patch of [{ painWhere: ['below-knee'] }, { eases: 'leaning-back' }, { riskFactors: ['osteoporosis'] }] as AnswersInput[]) {
      const flexibility = plan({ ...patch, toeTouch: 'no', sittingHours: 2 }).causes.find((c) => c.id === 'flexibility')!;
      expect(flexibility.score).toBe(0);
    }
  });
});

describe('the week and its words agree (clinical review)', () => {
  const crossDays = (p: Plan) => weekOf(p).days.filter((d) => d.sessions.some((s) => s.kind === 'cross-training')).map((d) => d.day);

  it('keeps overtraining cross-training to two days in run/walk weeks and with no run days', () => {
    expect(crossDays(plan({ weeklyIncreasePct: 30, weeklyKm: 1.8 }))).toHaveLength(2);
    expect(crossDays(plan({ weeklyIncreasePct: 30, runDays: [] }))).toHaveLength(2);
  });

  it('never promises a run in a week without runs', () => {
    const p = plan({ redFlags: ['serious-accident'], clearedFlags: ['serious-accident'], painLevel: 7 });
    expect(runKm(p)).toEqual([]);
    expect(p.safety.messages.join(' ')).not.toMatch(/Runs restart/);
    expect(p.safety.messages.join(' ')).toMatch(/Any running restarts as run\/walk/);
  });

  it('names an added stretch only when the week has it', () => {
    const paused = weekOf(plan({ painLevel: 8, eases: 'leaning-back' })).notes.find((n) => n.id === 'eases-leaning-back')!.text;
    expect(paused).not.toMatch(/elbows/);
    const running = weekOf(plan({ eases: 'leaning-back' })).notes.find((n) => n.id === 'eases-leaning-back')!.text;
    expect(running).toMatch(/adds lying on your elbows/);
  });

  it('says when the single-run limit keeps the runs under the cap (week 8: 3 × 8.8 km under 29.5 km)', () => {
    const w = weekOf(plan({}, 8));
    expect(w.runCapKm).toBe(29.5);
    expect(w.notes.find((n) => n.id === 'run-limit')?.values).toEqual({ runLimitKm: 8.8, plannedKm: 26.4 });
    expect(weekOf(plan({}, 1)).notes.map((n) => n.id)).not.toContain('run-limit');
  });

  it('does not say "restart" after week 1 of run/walk, and leaves A-skips out of run/walk weeks', () => {
    const p = plan({ weeklyIncreasePct: -100, weeklyKm: 30 }, 5);
    expect(weekOf(p).notes.find((n) => n.id === 'run-walk')?.text).not.toMatch(/restart/);
    expect(ids(plan({ weeklyKm: 0 }, 4), 'warm-up').filter((id) => HIGH_IMPACT.includes(id))).toEqual([]);
  });

  it('keeps a pregnant runner\'s run/walk at its first step', () => {
    expect(runKm(plan({ pregnancy: 'pregnant-under-16-weeks', weeklyKm: 0 }, 4)).length).toBeGreaterThan(0);
    const intervals = weekOf(plan({ pregnancy: 'pregnant-under-16-weeks', weeklyKm: 0 }, 4)).days.flatMap((d) => d.sessions).find((s) => s.kind === 'run')!.intervals;
    expect(intervals).toEqual({ runMinutes: 1, walkMinutes: 1, repeats: 5 });
  });

  it('with no age, a fall or knock says what to do at 50 or over', () => {
    const p = plan({ redFlags: ['trauma'] });
    expect(p.safety.messages.join(' ')).toMatch(/if you are 50 or over, contact a doctor today/);
    expect(weekOf(p).notes.find((n) => n.id === 'age-not-given')?.text).toMatch(/50 or over, pain after a fall or knock needs a doctor today/);
  });

  it('restarts gently after any clearance with no running last week', () => {
    const p = plan({ redFlags: ['weight-loss'], clearedFlags: ['weight-loss'], weeklyKm: 0 });
    expect(noteIds(p)).toEqual(expect.arrayContaining(['gentle', 'run-walk']));
  });

  it('gives a new mother with no run days her walks all the same', () => {
    const days = crossDays(plan({ pregnancy: 'postpartum-under-12-weeks', runDays: [] }, 3));
    expect(days.length).toBeGreaterThan(0);
    expect(noteIds(plan({ pregnancy: 'postpartum-under-12-weeks', runDays: [] }))).not.toContain('no-run-days');
  });

  it('leaves jumping drills out in the year after birth', () => {
    expect(ids(plan({ pregnancy: 'postpartum-under-12-months' }, 4), 'warm-up').filter((id) => HIGH_IMPACT.includes(id))).toEqual([]);
  });
});
