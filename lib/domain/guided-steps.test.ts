import { describe, expect, it } from 'vitest';
import { guidedSteps } from './guided-steps';

describe('guidedSteps', () => {
  it('makes a step per set and side, timed by hold, minutes or paced reps', () => {
    const steps = guidedSteps([
      { id: 'easy-jog', name: 'Easy jog', type: 'dynamic', minutes: 3 },
      { id: 'side-plank', name: 'Side plank', type: 'strength', sets: 2, seconds: 20, perSide: true },
      { id: 'bird-dog', name: 'Bird-dog', type: 'strength', sets: 1, reps: 8, seconds: 5, perSide: true },
      { id: 'glute-bridge', name: 'Glute bridge', type: 'strength', sets: 2, reps: 10 },
    ]);
    expect(steps.map((s) => [s.item.id, s.set, s.side, s.seconds, s.mode])).toEqual([
      ['easy-jog', 1, null, 180, 'hold'],
      ['side-plank', 1, 'left', 20, 'hold'],
      ['side-plank', 1, 'right', 20, 'hold'],
      ['side-plank', 2, 'left', 20, 'hold'],
      ['side-plank', 2, 'right', 20, 'hold'],
      ['bird-dog', 1, 'left', 64, 'reps'],
      ['bird-dog', 1, 'right', 64, 'reps'],
      ['glute-bridge', 1, null, 30, 'reps'],
      ['glute-bridge', 2, null, 30, 'reps'],
    ]);
  });
});
