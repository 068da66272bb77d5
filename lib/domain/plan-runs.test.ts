import { describe, expect, it } from 'vitest';
import type { Day } from '../schemas/answers';
import { floorTenth, isStandingStart, planDistances, RUN_WALK, runCap, spreadDays, type CapInput } from './plan-runs';

const cap = (over: Partial<CapInput>) => runCap({ weeklyKm: 20, weeklyIncreasePct: 0, zone: 'green', overtrainingLikely: false, pregnant: false, week: 1, ...over });
const distances = (runs: Day[], capKm: number, longestRunKm: number) => Object.fromEntries(planDistances(runs, capKm, longestRunKm));

describe('floorTenth', () => {
  it.each([
    [2.99, 2.9],
    [1.15, 1.1],
    [0.3 * 3, 0.9], // 0.8999999999999999 is 0.9 once floating-point dust is allowed for
    [16, 16],
    [0, 0],
  ])('%s km rounds down to %s', (km, expected) => {
    expect(floorTenth(km)).toBe(expected);
  });
});

describe('runCap: the week\'s distance ceiling from the answers (last week 20 km)', () => {
  it.each([
    ['green grows 5 %', {}, 21, 'grow'],
    ['green compounds from week 2', { week: 3 }, 23.1, 'grow'],
    ['amber holds', { zone: 'amber' }, 20, 'amber-hold'],
    ['red cuts to 80 %', { zone: 'red' }, 16, 'red-cut'],
    ['red cuts in later weeks too', { zone: 'red', week: 4 }, 16, 'red-cut'],
    ['pregnancy never grows', { pregnant: true, week: 5 }, 20, 'pregnancy-hold'],
    ['a fall of 50 % is a comeback', { weeklyIncreasePct: -50 }, 20, 'comeback'],
    ['a fall of 49.9 % is not', { weeklyIncreasePct: -49.9 }, 21, 'grow'],
    ['a comeback grows from week 2', { weeklyIncreasePct: -60, week: 2 }, 21, 'comeback'],
    ['overtraining at +10 % holds', { overtrainingLikely: true, weeklyIncreasePct: 10 }, 20, 'overtraining-hold'],
    ['overtraining over +10 % cuts by 10 %', { overtrainingLikely: true, weeklyIncreasePct: 10.1 }, 18, 'overtraining-cut'],
    ['an overtraining cut grows from week 2', { overtrainingLikely: true, weeklyIncreasePct: 30, week: 2 }, 18.9, 'overtraining-cut'],
    ['fast growth without overtraining likely still grows', { weeklyIncreasePct: 30 }, 21, 'grow'],
  ] as const)('%s', (_, over, km, rule) => {
    expect(cap(over)).toEqual({ km, rule });
  });

  it.each([
    ['amber before pregnancy', { zone: 'amber', pregnant: true }, 'amber-hold'],
    ['pregnancy before a comeback', { pregnant: true, weeklyIncreasePct: -50 }, 'pregnancy-hold'],
    ['a comeback before an overtraining hold', { overtrainingLikely: true, weeklyIncreasePct: -50 }, 'comeback'],
  ] as const)('a tie names the first rule: %s', (_, over, rule) => {
    expect(cap(over)).toEqual({ km: 20, rule });
  });

  it('names the rule that really set the cap when another is lower', () => {
    expect(cap({ zone: 'red', pregnant: true })).toEqual({ km: 16, rule: 'red-cut' });
    expect(cap({ zone: 'amber', overtrainingLikely: true, weeklyIncreasePct: 20 })).toEqual({ km: 18, rule: 'overtraining-cut' });
  });
});

describe('isStandingStart: run/walk', () => {
  it.each([
    [{ weeklyIncreasePct: -100 }, true],
    [{ weeklyIncreasePct: -99.9 }, false],
    [{ weeklyKm: 1.99 }, true],
    [{ weeklyKm: 2 }, false],
    [{ longestRunKm: 1.36 }, true], // 10 % more is 1.496, under 1.5 km
    [{ longestRunKm: 1.37 }, false], // 10 % more is 1.507
  ])('%j: %s', (over, expected) => {
    expect(isStandingStart({ weeklyKm: 20, weeklyIncreasePct: 0, longestRunKm: 8, ...over })).toBe(expected);
  });
});

describe('planDistances: the last run is the long one, none over the limit, none under 1.5 km', () => {
  it.each([
    ['one run takes the cap', ['sat'], 5, 20, { sat: 5 }],
    ['two runs share it', ['tue', 'sat'], 20, 20, { tue: 10, sat: 10 }],
    ['three runs: 40 % long', ['tue', 'thu', 'sat'], 20, 20, { tue: 6, thu: 6, sat: 8 }],
    ['four runs: 30 % long', ['mon', 'wed', 'fri', 'sun'], 20, 20, { mon: 4.6, wed: 4.6, fri: 4.6, sun: 6 }],
    ['five runs: 30 % long', ['mon', 'tue', 'wed', 'thu', 'fri'], 30, 20, { mon: 5.2, tue: 5.2, wed: 5.2, thu: 5.2, fri: 9 }],
    ['the single-run limit caps every run', ['tue', 'thu', 'sat'], 20, 5, { tue: 5.5, thu: 5.5, sat: 5.5 }],
    ['1.5 km runs are kept', ['tue', 'sat'], 3, 20, { tue: 1.5, sat: 1.5 }],
    ['too little for three runs: two, spread out', ['tue', 'thu', 'sat'], 4, 10, { tue: 2, sat: 2 }],
    ['too little for two runs: the long one', ['tue', 'sat'], 2.9, 10, { sat: 2.9 }],
    ['too little for any run', ['tue', 'sat'], 1.4, 10, {}],
    ['no run days', [], 20, 20, {}],
  ] as const)('%s', (_, runs, capKm, longest, expected) => {
    expect(distances([...runs], capKm, longest)).toEqual(expected);
  });
});

describe('spreadDays', () => {
  const week: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
  it.each([
    [5, ['mon', 'tue', 'wed', 'thu', 'fri']],
    [6, ['mon', 'tue', 'wed', 'thu', 'fri']],
    [3, ['mon', 'wed', 'fri']],
    [2, ['mon', 'fri']],
    [1, ['fri']],
    [0, []],
  ] as const)('keeps %s of five days: %j', (n, expected) => {
    expect(spreadDays(week, n)).toEqual(expected);
  });

  it('rounds to the nearest day and keeps the last', () => {
    expect(spreadDays(['mon', 'tue', 'thu', 'sat'], 3)).toEqual(['mon', 'thu', 'sat']);
    expect(spreadDays(['mon', 'tue', 'thu', 'sat'], 2)).toEqual(['mon', 'sat']);
  });
});

describe('RUN_WALK', () => {
  it('starts at 1 min run / 1 min walk for 10 min and builds to 20 min continuous by step 8', () => {
    expect(RUN_WALK).toHaveLength(8);
    expect(RUN_WALK[0]).toEqual({ runMinutes: 1, walkMinutes: 1, repeats: 5 });
    expect(RUN_WALK[7]).toEqual({ runMinutes: 20, walkMinutes: 1, repeats: 1 });
    expect(RUN_WALK.map((s) => s.runMinutes)).toEqual([1, 2, 4, 6, 8, 10, 15, 20]);
    expect(RUN_WALK.map((s) => s.repeats)).toEqual([5, 5, 4, 3, 3, 2, 2, 1]);
    expect(RUN_WALK.every((s) => s.walkMinutes === 1)).toBe(true);
  });
});
