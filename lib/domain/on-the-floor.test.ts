import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../data/exercises';
import { FIGURES } from '../../data/figures';
import { isOnTheFloor } from './on-the-floor';

const floor = (id: string) => isOnTheFloor(FIGURES[EXERCISES.find((e) => e.id === id)!.figure as keyof typeof FIGURES]);

describe('isOnTheFloor', () => {
  it.each([
    ['front-plank', true],
    ['glute-bridge', true],
    ['bird-dog', true],
    ['dead-bug', true],
    ['hip-flexor-stretch', true],
    ['childs-pose', true],
    ['easy-jog', false],
    ['bodyweight-squat', false],
    ['split-squat', false],
    ['hamstring-stretch', false],
    ['standing-hip-flexor-stretch', false],
  ])('%s: %s', (id, expected) => {
    expect(floor(id)).toBe(expected);
  });
});

describe('isOnTheFloor by either knee', () => {
  it('sees a kneeling figure whichever knee is down', () => {
    const kneeling = FIGURES['hip-flexor-stretch'];
    const [first, ...rest] = kneeling.positions;
    const otherKneeDown = { ...kneeling, positions: [{ ...first!, leg: first!.farLeg, farLeg: first!.leg }, ...rest] };
    expect(isOnTheFloor(kneeling)).toBe(true);
    expect(isOnTheFloor(otherKneeDown)).toBe(true);
  });
});
