import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../schemas/plan';
import { aboutMinutes, guidedSeconds, guidedSteps } from './guided-steps';

const JOG: PlanItem = { id: 'easy-jog', name: 'Easy jog', type: 'dynamic', minutes: 3 };
const PLANK: PlanItem = { id: 'front-plank', name: 'Front plank', type: 'strength', sets: 2, seconds: 20 };
const SIDE_PLANK: PlanItem = { id: 'side-plank', name: 'Side plank', type: 'strength', sets: 2, seconds: 20, perSide: true };
const BIRD_DOG: PlanItem = { id: 'bird-dog', name: 'Bird-dog', type: 'strength', sets: 1, reps: 8, seconds: 5, perSide: true };
const BRIDGE: PlanItem = { id: 'glute-bridge', name: 'Glute bridge', type: 'strength', sets: 2, reps: 10 };
const SQUAT: PlanItem = { id: 'bodyweight-squat', name: 'Squat', type: 'strength', sets: 2, reps: 10 };
const HAMSTRING: PlanItem = { id: 'hamstring-stretch', name: 'Hamstring stretch', type: 'static', sets: 2, seconds: 30, perSide: true };
const CHILDS_POSE: PlanItem = { id: 'childs-pose', name: "Child's pose", type: 'static', sets: 2, seconds: 30 };

const FLOOR = new Set(['front-plank', 'side-plank', 'bird-dog', 'glute-bridge', 'childs-pose']);
const onFloor = (id: string) => FLOOR.has(id);
const row = (s: ReturnType<typeof guidedSteps>[number]) => [s.kind, s.item.id, s.set, s.side, s.seconds, s.mode];

describe('guidedSteps', () => {
  it('makes a step per set and side, timed by hold, minutes or paced reps', () => {
    const steps = guidedSteps([JOG, SIDE_PLANK, BIRD_DOG, BRIDGE], { restSeconds: 20 });
    expect(steps.filter((s) => s.kind === 'exercise').map(row)).toEqual([
      ['exercise', 'easy-jog', 1, null, 180, 'hold'],
      ['exercise', 'side-plank', 1, 'left', 20, 'hold'],
      ['exercise', 'side-plank', 1, 'right', 20, 'hold'],
      ['exercise', 'side-plank', 2, 'left', 20, 'hold'],
      ['exercise', 'side-plank', 2, 'right', 20, 'hold'],
      ['exercise', 'bird-dog', 1, 'left', 64, 'reps'],
      ['exercise', 'bird-dog', 1, 'right', 64, 'reps'],
      ['exercise', 'glute-bridge', 1, null, 30, 'reps'],
      ['exercise', 'glute-bridge', 2, null, 30, 'reps'],
    ]);
  });

  it('rests between sets, switches sides, and gets down to the floor and up again', () => {
    const steps = guidedSteps([JOG, SIDE_PLANK, BIRD_DOG, SQUAT], { restSeconds: 25, onFloor });
    expect(steps.map(row)).toEqual([
      ['exercise', 'easy-jog', 1, null, 180, 'hold'],
      ['get-down', 'side-plank', 1, 'left', 10, 'hold'],
      ['exercise', 'side-plank', 1, 'left', 20, 'hold'],
      ['switch', 'side-plank', 1, 'right', 5, 'hold'],
      ['exercise', 'side-plank', 1, 'right', 20, 'hold'],
      ['rest', 'side-plank', 2, 'left', 25, 'hold'],
      ['exercise', 'side-plank', 2, 'left', 20, 'hold'],
      ['switch', 'side-plank', 2, 'right', 5, 'hold'],
      ['exercise', 'side-plank', 2, 'right', 20, 'hold'],
      ['exercise', 'bird-dog', 1, 'left', 64, 'reps'],
      ['switch', 'bird-dog', 1, 'right', 5, 'hold'],
      ['exercise', 'bird-dog', 1, 'right', 64, 'reps'],
      ['get-up', 'bodyweight-squat', 1, null, 10, 'hold'],
      ['exercise', 'bodyweight-squat', 1, null, 30, 'reps'],
      ['rest', 'bodyweight-squat', 2, null, 25, 'hold'],
      ['exercise', 'bodyweight-squat', 2, null, 30, 'reps'],
    ]);
  });

  it('starts on the floor with time to get down; stretches change sides instead of resting', () => {
    const steps = guidedSteps([PLANK, HAMSTRING, CHILDS_POSE], { restSeconds: 30, onFloor });
    expect(steps.map((s) => [s.kind, s.item.id, s.seconds])).toEqual([
      ['get-down', 'front-plank', 10],
      ['exercise', 'front-plank', 20],
      ['rest', 'front-plank', 30],
      ['exercise', 'front-plank', 20],
      ['get-up', 'hamstring-stretch', 10],
      ['exercise', 'hamstring-stretch', 30],
      ['switch', 'hamstring-stretch', 5],
      ['exercise', 'hamstring-stretch', 30],
      ['switch', 'hamstring-stretch', 5],
      ['exercise', 'hamstring-stretch', 30],
      ['switch', 'hamstring-stretch', 5],
      ['exercise', 'hamstring-stretch', 30],
      ['get-down', 'childs-pose', 10],
      ['exercise', 'childs-pose', 30],
      ['rest', 'childs-pose', 5],
      ['exercise', 'childs-pose', 30],
    ]);
  });

  it.each([
    // kind, items, rest: total seconds and the minutes shown before starting
    ['one hold on the floor', [{ ...PLANK, sets: 1 }], 20, 10 + 20, 1],
    ['plank, two sets, 20 s rest', [PLANK], 20, 70, 1],
    ['plank, two sets, 60 s rest', [PLANK], 60, 110, 2],
    ['the jog and a side plank from standing', [JOG, SIDE_PLANK], 20, 180 + 10 + 80 + 2 * 5 + 20, 5],
    ['cool-down of five stretches a side and a child\'s pose', [HAMSTRING, HAMSTRING, HAMSTRING, HAMSTRING, HAMSTRING, CHILDS_POSE], 20, 5 * (120 + 15) + 10 + 65, 13],
  ])('%s', (_, items, restSeconds, seconds, minutes) => {
    const steps = guidedSteps(items, { restSeconds, onFloor });
    expect(guidedSeconds(steps)).toBe(seconds);
    expect(aboutMinutes(guidedSeconds(steps))).toBe(minutes);
  });

  it('never shows less than a minute, and rounds to the nearest', () => {
    expect([0, 29, 89, 90, 779].map(aboutMinutes)).toEqual([1, 1, 1, 2, 13]);
  });
});

describe('guidedSteps without a floor check or a rest', () => {
  it('treats every move as standing when no floor check is given: no getting down or up', () => {
    expect(guidedSteps([PLANK, SQUAT], { restSeconds: 20 }).map((s) => s.kind)).toEqual(['exercise', 'rest', 'exercise', 'exercise', 'rest', 'exercise']);
  });

  it('leaves out a rest of 0 s between sets', () => {
    expect(guidedSteps([SQUAT], { restSeconds: 0 }).map(row)).toEqual([
      ['exercise', 'bodyweight-squat', 1, null, 30, 'reps'],
      ['exercise', 'bodyweight-squat', 2, null, 30, 'reps'],
    ]);
  });
});
