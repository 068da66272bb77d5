import { describe, expect, it } from 'vitest';
import type { CauseId } from '../schemas/cause';
import type { Contraindication, Exercise } from '../schemas/exercise';
import type { RoutineContext } from './routine-context';
import { crossTrainingOptions, doseStep, isAllowed, MAX_CAUSE_EXTRAS, selectExercises, toPlanItem } from './select-exercises';

// A made-up library: each step's dose says its step (step n: n + 1 sets, 20 + 5n s), so a test sees which step was used.
const ex = (id: string, over: Partial<Exercise> = {}): Exercise => ({
  id, name: `Move ${id}`, type: 'strength', selection: 'everyone', causes: [], fromWeek: 1, highImpact: false,
  dosage: Array.from({ length: 8 }, (_, i) => ({ sets: i + 2, seconds: 25 + 5 * i })), cues: ['one cue', 'two cue'], avoid: [], figure: 'x', ...over,
});
const ctx = (over: Partial<RoutineContext> = {}): RoutineContext => ({
  week: 1, likely: new Set(), ranked: [], conditions: new Set(), zone: 'green', gentle: false, noHighImpact: false, plankSeconds: null, units: 'km', ...over,
});
const conditions = (...c: Contraindication[]) => new Set(c);
const ids = (list: readonly Exercise[]) => list.map((e) => e.id);
const likely = (...ranked: CauseId[]) => ({ likely: new Set(ranked), ranked });

describe('isAllowed', () => {
  it.each([
    ['a variant from week 3 in week 2', { fromWeek: 3 }, { week: 2 }, false],
    ['a variant from week 3 in week 3', { fromWeek: 3 }, { week: 3 }, true],
    ['a week-2 variant in a gentle week 5', { fromWeek: 2 }, { week: 5, gentle: true }, false],
    ['a first variant in a gentle week 5', { fromWeek: 1 }, { week: 5, gentle: true }, true],
    ['a high-impact drill when those are left out', { highImpact: true }, { noHighImpact: true }, false],
    ['a high-impact drill otherwise', { highImpact: true }, {}, true],
    ['a low-impact move when high impact is left out', {}, { noHighImpact: true }, true],
    ['a move the runner\'s condition rules out', { avoid: ['disc-diagnosis'] }, { conditions: conditions('disc-diagnosis') }, false],
    ['a move another condition does not rule out', { avoid: ['disc-diagnosis'] }, { conditions: conditions('severe-pain') }, true],
    ['an alternative while its condition holds', { onlyWhen: ['plank-under-10s'] }, { conditions: conditions('plank-under-10s') }, true],
    ['an alternative without its condition', { onlyWhen: ['plank-under-10s'] }, { conditions: conditions('severe-pain') }, false],
    ['an alternative for either of two conditions, one holding', { onlyWhen: ['plank-under-10s', 'severe-pain'] }, { conditions: conditions('severe-pain') }, true],
  ] as const)('%s: %s', (_, exercise, context, expected) => {
    expect(isAllowed(ex('a', exercise as Partial<Exercise>), ctx(context as Partial<RoutineContext>))).toBe(expected);
  });
});

describe('selectExercises: one variant a family, the base for everyone, then extras in cause order', () => {
  const plank = ex('plank', { family: 'plank' });
  const taps = ex('taps', { family: 'plank', fromWeek: 3 });
  const kneeling = ex('kneeling', { family: 'plank', onlyWhen: ['plank-under-10s'] });

  it('keeps the most advanced allowed variant of each family', () => {
    expect(ids(selectExercises([plank, taps], 'strength', ctx({ week: 2 })))).toEqual(['plank']);
    expect(ids(selectExercises([plank, taps], 'strength', ctx({ week: 3 })))).toEqual(['taps']);
    expect(ids(selectExercises([taps, plank], 'strength', ctx({ week: 8 })))).toEqual(['taps']);
  });

  it('lets an alternative beat a plain variant of the same week, but not a later one', () => {
    const withCondition = ctx({ conditions: conditions('plank-under-10s') });
    expect(ids(selectExercises([plank, kneeling], 'strength', withCondition))).toEqual(['kneeling']);
    expect(ids(selectExercises([kneeling, plank], 'strength', withCondition))).toEqual(['kneeling']);
    const later = ex('later', { family: 'plank', fromWeek: 2 });
    expect(ids(selectExercises([kneeling, later], 'strength', ctx({ week: 2, conditions: conditions('plank-under-10s') })))).toEqual(['later']);
  });

  it('keeps the first of two equal variants, and every move without a family', () => {
    expect(ids(selectExercises([ex('one', { family: 'f' }), ex('two', { family: 'f' }), ex('solo'), ex('other')], 'strength', ctx()))).toEqual(['one', 'solo', 'other']);
  });

  it('takes only the asked type and never the desk moves', () => {
    const library = [ex('s'), ex('d', { type: 'dynamic' }), ex('desk', { selection: 'desk' }), ex('c', { type: 'static' })];
    expect(ids(selectExercises(library, 'strength', ctx()))).toEqual(['s']);
    expect(ids(selectExercises(library, 'dynamic', ctx()))).toEqual(['d']);
  });

  it('adds extras only for likely causes, highest ranked cause first, after the base', () => {
    const library = [
      ex('for-posture', { selection: 'likely-cause', causes: ['posture'] }),
      ex('for-footwear', { selection: 'likely-cause', causes: ['footwear'] }),
      ex('base'),
      ex('for-core', { selection: 'likely-cause', causes: ['weak-core'] }),
    ];
    expect(ids(selectExercises(library, 'strength', ctx(likely('weak-core', 'posture'))))).toEqual(['base', 'for-core', 'for-posture']);
    expect(ids(selectExercises(library, 'strength', ctx(likely('posture', 'weak-core'))))).toEqual(['base', 'for-posture', 'for-core']);
    expect(ids(selectExercises(library, 'strength', ctx()))).toEqual(['base']);
  });

  it('ranks an extra by the best of the causes it serves; equal ranks keep library order', () => {
    const library = [
      ex('late', { selection: 'likely-cause', causes: ['posture'] }),
      ex('both', { selection: 'likely-cause', causes: ['posture', 'flexibility'] }),
      ex('also-late', { selection: 'likely-cause', causes: ['posture'] }),
    ];
    expect(ids(selectExercises(library, 'strength', ctx(likely('flexibility', 'posture'))))).toEqual(['both', 'late', 'also-late']);
  });

  it.each([
    ['dynamic', 1],
    ['strength', 3],
    ['static', 1],
    ['cross-training', 0],
  ] as const)('caps the %s extras at %s', (type, cap) => {
    expect(MAX_CAUSE_EXTRAS[type]).toBe(cap);
    const extras = Array.from({ length: 5 }, (_, i) => ex(`x${i}`, { type, selection: 'likely-cause', causes: ['posture'] }));
    expect(selectExercises(extras, type, ctx(likely('posture')))).toHaveLength(cap);
  });
});

describe('crossTrainingOptions: at most three, those serving a likely cause first', () => {
  const cross = (id: string, over: Partial<Exercise> = {}) => ex(id, { type: 'cross-training', ...over });
  const library = [cross('swim'), cross('yoga', { causes: ['flexibility'] }), cross('cycling'), cross('walk'), cross('pilates', { causes: ['weak-core'] })];

  it('keeps library order when nothing is suited', () => {
    expect(ids(crossTrainingOptions(library, ctx()))).toEqual(['swim', 'yoga', 'cycling']);
  });

  it('puts the options for likely causes first', () => {
    expect(ids(crossTrainingOptions(library, ctx(likely('weak-core', 'flexibility'))))).toEqual(['yoga', 'pilates', 'swim']);
  });

  it('fills up with the others in library order, each once', () => {
    expect(ids(crossTrainingOptions(library, ctx(likely('flexibility'))))).toEqual(['yoga', 'swim', 'cycling']);
  });

  it('puts cycling first for a back that eases bending forward', () => {
    expect(ids(crossTrainingOptions(library, ctx({ conditions: conditions('eases-bending-forward') })))).toEqual(['cycling', 'swim', 'yoga']);
    expect(ids(crossTrainingOptions([cross('swim'), cross('walk'), cross('rowing'), cross('stairs')], ctx({ conditions: conditions('eases-bending-forward') })))).toEqual(['swim', 'walk', 'rowing']);
  });
});

describe('doses', () => {
  it.each([
    [5, false, 5],
    [5, true, 3],
    [3, true, 3],
    [2, true, 2],
  ])('week %s, gentle %s: step %s', (week, gentle, step) => {
    expect(doseStep({ week, gentle })).toBe(step);
  });

  it('starts a harder variant at its own first dose, and a gentle plan at most at step 3', () => {
    expect(toPlanItem(ex('taps', { fromWeek: 3 }), ctx({ week: 3 }))).toEqual({ id: 'taps', name: 'Move taps', type: 'strength', sets: 2, seconds: 25 });
    expect(toPlanItem(ex('taps', { fromWeek: 3 }), ctx({ week: 5 }))).toMatchObject({ sets: 4, seconds: 35 });
    expect(toPlanItem(ex('plain'), ctx({ week: 6, gentle: true }))).toMatchObject({ sets: 4, seconds: 35 });
  });

  it('refuses a variant before its first week', () => {
    expect(() => toPlanItem(ex('taps', { fromWeek: 3 }), ctx({ week: 2 }))).toThrow('exercise taps has no dosage for step 2');
  });

  it.each([
    [null, 1, 25],
    [15, 1, 15],
    [15.9, 1, 15],
    [5, 1, 10],
    [10, 1, 10],
    [40, 1, 25],
    [15, 2, 20],
    [15, 3, 25],
    [5, 3, 20],
    [40, 3, 35],
  ])('a tested front plank of %s s in week %s holds %s s (the step\'s dose: 25, 30, 35 s)', (plankSeconds, week, seconds) => {
    expect(toPlanItem(ex('front-plank'), ctx({ plankSeconds, week })).seconds).toBe(seconds);
  });

  it('changes no other move, and no plank dose counted in repetitions', () => {
    expect(toPlanItem(ex('side-plank'), ctx({ plankSeconds: 12 })).seconds).toBe(25);
    expect(toPlanItem(ex('front-plank', { dosage: Array.from({ length: 8 }, () => ({ sets: 2, reps: 8 })) }), ctx({ plankSeconds: 12 }))).toEqual({ id: 'front-plank', name: 'Move front-plank', type: 'strength', sets: 2, reps: 8 });
  });
});
