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
