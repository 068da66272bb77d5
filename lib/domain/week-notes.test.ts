import { describe, expect, it } from 'vitest';
import { AnswersSchema, type AnswersInput } from '../schemas/answers';
import type { CauseId } from '../schemas/cause';
import type { NoteData } from '../schemas/plan-data';
import type { RoutineContext } from './routine-context';
import { shoeNotes, weekNotes, type WeekFacts } from './week-notes';

// A runner with nothing to say about: age given, good shoes, three run days, green pain.
const answers = (input: AnswersInput = {}) => AnswersSchema.parse({ age: 35, shoeKm: 100, ...input });
const context = (over: Partial<RoutineContext> = {}): RoutineContext => ({
  week: 1, likely: new Set<CauseId>(), ranked: [], conditions: new Set(), zone: 'green', gentle: false, noHighImpact: false, plankSeconds: null, units: 'km', ...over,
});
const facts = (over: Partial<WeekFacts> = {}): WeekFacts => ({
  noRuns: null, runWalk: false, capKm: 20, capRule: null, runs: ['tue', 'thu', 'sat'], rest: 'sun', crossTraining: ['mon', 'wed', 'fri'],
  restAdded: null, spacedOut: [], thinnedOut: [], crossLimited: false, plannedKm: 20, runLimitKm: null, ...over,
});
const notes = (a: AnswersInput = {}, f: Partial<WeekFacts> = {}, ctx: Partial<RoutineContext> = {}, items: string[] = []): NoteData[] =>
  weekNotes(answers(a), context(ctx), facts(f), new Set(items));
const ids = (...args: Parameters<typeof notes>) => notes(...args).map((n) => n.id);
const note = (id: string, ...args: Parameters<typeof notes>) => notes(...args).find((n) => n.id === id);

describe('shoe notes: watch from 500 km, replace from 800 km or when support feels flat past 500', () => {
  it.each([
    [0, 'good', []],
    [499.9, 'good', []],
    [500, 'good', [{ id: 'shoes-near', values: { shoeKm: 500 } }]],
    [799.9, 'good', [{ id: 'shoes-near', values: { shoeKm: 799.9 } }]],
    [800, 'good', [{ id: 'shoes-replace', values: { shoeKm: 800, worn: false } }]],
    [800, 'unsure', [{ id: 'shoes-replace', values: { shoeKm: 800, worn: false } }]],
    [0, 'worn', [{ id: 'shoes-worn', values: {} }]],
    [499.9, 'worn', [{ id: 'shoes-worn', values: {} }]],
    [500, 'worn', [{ id: 'shoes-replace', values: { shoeKm: 500, worn: true } }]],
    [900, 'worn', [{ id: 'shoes-replace', values: { shoeKm: 900, worn: true } }]],
  ] as const)('%s km with %s support', (shoeKm, shoeSupport, expected) => {
    expect(shoeNotes(answers({ shoeKm, shoeSupport }))).toEqual(expected);
  });
});

describe('a quiet week says nothing', () => {
  it('has no notes for a plain green week with age given', () => {
    expect(notes()).toEqual([]);
  });

  it('comes in a fixed order: shape, distance, run/walk, shoes, conflicts, gait, eases, gentle, age', () => {
    const all = ids(
      { age: null, shoeKm: 900, weeklyKm: 10, longestRunKm: 50, eases: 'leaning-back' },
      { restAdded: 'mon', capRule: 'grow' },
      { likely: new Set<CauseId>(['past-injury']), gentle: true },
    );
    expect(all).toEqual(['rest-day-added', 'distance-grow', 'shoes-replace', 'longest-run-high', 'gait-check', 'eases-leaning-back', 'gentle', 'age-not-given']);
  });
});

describe('answers that do not sit well together', () => {
  it('says when no run days were given, unless runs are off for after birth', () => {
    expect(note('no-run-days', { runDays: [], weeklyKm: 12 }, { runs: [] })).toEqual({ id: 'no-run-days', values: { weeklyKm: 12 } });
    expect(note('no-run-days', { runDays: [] }, { runs: [], noRuns: 'pause' })).toBeDefined();
    expect(ids({ runDays: [] }, { runs: [], noRuns: 'postpartum' })).not.toContain('no-run-days');
    expect(ids({ runDays: ['mon'] }, { runs: [] })).not.toContain('no-run-days');
  });

  it.each([
    [10, 40, ['tue'], false, false],
    [10, 40.1, ['tue'], false, true],
    [0, 1, ['tue'], false, false],
    [10, 50, [], false, false],
    [10, 50, ['tue'], true, false],
  ] as const)('weekly %s km, longest %s km, runs %j, run/walk %s: longest-run-high %s', (weeklyKm, longestRunKm, runs, runWalk, expected) => {
    expect(ids({ weeklyKm, longestRunKm }, { runs: [...runs], runWalk }).includes('longest-run-high')).toBe(expected);
  });
});

describe('why runs are run/walk', () => {
  const why = (a: AnswersInput, week = 1) => note('run-walk', a, { runWalk: true, runs: ['mon', 'thu'] }, { week })?.values.why;

  it('says nothing when the runs are not run/walk', () => {
    expect(ids({ weeklyKm: 0 }, { runWalk: false })).not.toContain('run-walk');
  });

  it('names the run days', () => {
    expect(note('run-walk', { weeklyKm: 0 }, { runWalk: true, runs: ['mon', 'thu'] })?.values.days).toEqual(['mon', 'thu']);
  });

  it.each([
    ['pregnant under 16 weeks', { pregnancy: 'pregnant-under-16-weeks', weeklyKm: 0 }, 1, 'pregnant'],
    ['pregnant 16 weeks plus, later week', { pregnancy: 'pregnant-16-weeks-plus' }, 3, 'pregnant'],
    ['after birth is not pregnancy', { pregnancy: 'postpartum-under-12-months', weeklyKm: 0 }, 1, 'stopped'],
    ['week 2 builds', { weeklyKm: 0 }, 2, 'building'],
    ['cleared bone stress', { redFlags: ['bone-stress'], clearedFlags: ['bone-stress'], weeklyKm: 20 }, 1, 'cleared'],
    ['no running last week (-100 %)', { weeklyIncreasePct: -100, weeklyKm: 5 }, 1, 'stopped'],
    ['no distance last week', { weeklyKm: 0, weeklyIncreasePct: 0 }, 1, 'stopped'],
    ['1.9 km last week', { weeklyKm: 1.9, weeklyIncreasePct: -99 }, 1, 'low-weekly'],
    ['2 km last week', { weeklyKm: 2, weeklyIncreasePct: -99 }, 1, 'short-longest'],
  ] as const)('%s', (_, a, week, expected) => {
    expect(why(a as AnswersInput, week)).toBe(expected);
  });
});

describe('the week\'s distance and the rule that set it', () => {
  it.each([
    ['red-cut', 'distance-red'], ['amber-hold', 'distance-amber'], ['pregnancy-hold', 'distance-pregnancy'],
    ['comeback', 'distance-comeback'], ['overtraining-cut', 'distance-cut'], ['overtraining-hold', 'distance-hold'],
    ['grow', 'distance-grow'], ['from-log', 'distance-log'], ['after-flare', 'distance-flare'],
  ] as const)('%s gives %s with the cap, the pain and the growth', (capRule, id) => {
    expect(notes({ painLevel: 2, weeklyIncreasePct: 15 }, { capRule, capKm: 18 })).toEqual([{ id, values: { km: 18, pain: 2, pct: 15, first: true } }]);
  });

  it('says whether it is the first week', () => {
    expect(note('distance-grow', {}, { capRule: 'grow' }, { week: 2 })?.values.first).toBe(false);
  });

  it('says nothing without a rule, without runs, or in run/walk', () => {
    expect(notes({}, { capRule: null })).toEqual([]);
    expect(notes({}, { capRule: 'grow', runs: [] })).toEqual([]);
    expect(ids({ weeklyKm: 0 }, { capRule: 'grow', runWalk: true })).toEqual(['run-walk']);
  });

  it('adds the amber drills note only when amber pain did not already hold the distance', () => {
    expect(ids({ painLevel: 4 }, { capRule: 'overtraining-hold' }, { zone: 'amber' })).toEqual(['distance-hold', 'amber-drills']);
    expect(note('amber-drills', { painLevel: 5 }, { capRule: 'grow' }, { zone: 'amber' })?.values).toEqual({ pain: 5 });
    expect(ids({ painLevel: 4 }, { capRule: 'amber-hold' }, { zone: 'amber' })).toEqual(['distance-amber']);
    expect(ids({ painLevel: 6 }, { capRule: 'red-cut' }, { zone: 'red' })).toEqual(['distance-red']);
  });

  it.each([
    [20, 19.84, 17, true],
    [20, 19.85, 17, false],
    [20, 19.9, 17, false],
    [20, 19.84, null, false],
    [20, 0, 17, false],
  ] as const)('cap %s km, planned %s km, single-run limit %s km: run-limit note %s', (capKm, plannedKm, runLimitKm, expected) => {
    const found = note('run-limit', {}, { capRule: 'grow', capKm, plannedKm, runLimitKm });
    expect(found).toEqual(expected ? { id: 'run-limit', values: { runLimitKm, plannedKm } } : undefined);
  });
});

describe('the shape of the week', () => {
  it.each([
    [5, ['all-day'], true],
    [6, ['all-day'], true],
    [7, ['all-day'], false],
    [6, ['after-run'], false],
  ] as const)('paused runs at pain %s when %j: all-day %s', (painLevel, painWhen, allDay) => {
    expect(note('runs-paused', { painLevel, painWhen: [...painWhen] }, { noRuns: 'pause', runs: [], crossTraining: ['tue', 'thu'] })).toEqual({
      id: 'runs-paused', values: { pain: painLevel, allDay, days: ['tue', 'thu'] },
    });
  });

  it('has no paused-runs note for a runner with no run days', () => {
    expect(ids({ runDays: [] }, { noRuns: 'pause', runs: [] })).toEqual(['no-run-days']);
  });

  it('names the days of each change', () => {
    expect(notes({ runDays: ['mon'] }, { noRuns: 'postpartum', runs: [], crossTraining: ['wed'] })).toEqual([{ id: 'runs-postpartum', values: { days: ['wed'] } }]);
    expect(notes({}, { restAdded: 'mon' })).toEqual([{ id: 'rest-day-added', values: { restDay: 'mon' } }]);
    expect(notes({}, { spacedOut: ['wed'] })).toEqual([{ id: 'run-walk-spacing', values: { days: ['wed'] } }]);
    expect(notes({}, { thinnedOut: ['sat'] })).toEqual([{ id: 'fewer-runs', values: { days: ['sat'] } }]);
  });

  it.each([
    [{ capRule: 'overtraining-cut' }, 'down'],
    [{ capRule: 'red-cut' }, 'down'],
    [{ capRule: 'overtraining-hold', runs: [] }, 'low'],
    [{ capRule: 'overtraining-hold', runWalk: true }, 'low'],
    [{ capRule: 'overtraining-hold' }, 'holds'],
    [{ capRule: 'grow' }, 'holds'],
  ] as const)('limits cross-training with %j: %s', (f, how) => {
    expect(note('cross-limited', { weeklyKm: 10 }, { ...f, runs: 'runs' in f ? [] : ['tue'], crossLimited: true, crossTraining: ['mon', 'wed'] })?.values).toEqual({ days: ['mon', 'wed'], how });
  });
});

describe('what the runner and the plan say', () => {
  it.each([
    ['leaning-back', ['lying-on-elbows'], { id: 'eases-leaning-back', values: { addsElbows: true } }],
    ['leaning-back', ['childs-pose'], { id: 'eases-leaning-back', values: { addsElbows: false } }],
    ['bending-forward', ['childs-pose'], { id: 'eases-bending-forward', values: { keepsForward: true } }],
    ['bending-forward', ['lying-on-elbows'], { id: 'eases-bending-forward', values: { keepsForward: false } }],
  ] as const)('eases %s with %j', (eases, items, expected) => {
    expect(notes({ eases }, {}, {}, [...items])).toEqual([expected]);
  });

  it.each(['neither', 'unsure'] as const)('eases %s: no note', (eases) => {
    expect(notes({ eases }, {}, {}, ['lying-on-elbows', 'childs-pose'])).toEqual([]);
  });

  it('asks for a gait check only when a past injury is likely, and says when the plan is gentle', () => {
    expect(ids({}, {}, { likely: new Set<CauseId>(['past-injury']) })).toEqual(['gait-check']);
    expect(ids({}, {}, { likely: new Set<CauseId>(['posture']) })).toEqual([]);
    expect(ids({}, {}, { gentle: true })).toEqual(['gentle']);
  });

  it.each([
    [{}, false],
    [{ redFlags: ['trauma'] }, true],
    [{ redFlags: ['trauma'], clearedFlags: ['trauma'] }, false],
    [{ redFlags: ['weight-loss'] }, false],
  ] as const)('age not given with %j: trauma %s', (a, trauma) => {
    expect(note('age-not-given', { age: null, ...(a as AnswersInput) })).toEqual({ id: 'age-not-given', values: { trauma } });
  });
});
