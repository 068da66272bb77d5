import { describe, expect, it } from 'vitest';
import { advanceGuided } from './advance-guided';

// Steps of 30 s, 5 s, 30 s, 20 s: 85 s in all.
const SECONDS = [30, 5, 30, 20];

describe('advanceGuided', () => {
  it.each([
    ['no time passes', { index: 0, remainingMs: 30_000, running: true }, 0, { index: 0, remainingMs: 30_000, running: true, ended: 0 }],
    ['part of a step', { index: 0, remainingMs: 30_000, running: true }, 12_000, { index: 0, remainingMs: 18_000, running: true, ended: 0 }],
    ['exactly to the end of a step', { index: 0, remainingMs: 30_000, running: true }, 30_000, { index: 1, remainingMs: 5000, running: true, ended: 1 }],
    ['through two steps into the third', { index: 0, remainingMs: 10_000, running: true }, 25_000, { index: 2, remainingMs: 20_000, running: true, ended: 2 }],
    ['from the middle of a step', { index: 2, remainingMs: 7500, running: true }, 8000, { index: 3, remainingMs: 19_500, running: true, ended: 1 }],
    ['past the end: stopped, done', { index: 1, remainingMs: 5000, running: true }, 3_600_000, { index: 4, remainingMs: 0, running: false, ended: 3 }],
    ['paused: stays put however long', { index: 2, remainingMs: 7500, running: false }, 600_000, { index: 2, remainingMs: 7500, running: false, ended: 0 }],
    ['a clock that went back: stays put', { index: 0, remainingMs: 9000, running: true }, -5000, { index: 0, remainingMs: 9000, running: true, ended: 0 }],
  ])('%s', (_, from, elapsed, expected) => {
    expect(advanceGuided(SECONDS, from, elapsed)).toEqual(expected);
  });
});

describe('advanceGuided with no time passed', () => {
  it('leaves a running step that has just run out where it is until time passes', () => {
    expect(advanceGuided(SECONDS, { index: 1, remainingMs: 0, running: true }, 0)).toEqual({ index: 1, remainingMs: 0, running: true, ended: 0 });
  });
});
