import { guidedSteps, type GuidedStep } from '../domain/guided-steps';
import { isOnTheFloor } from '../domain/on-the-floor';
import type { PlanItem } from '../schemas/plan';
import { lookUpExercise } from './library';

/** A session's timeline, with the floor exercises read from the library's figures. */
export function timelineOf(items: readonly PlanItem[], restSeconds: number): GuidedStep[] {
  return guidedSteps(items, {
    restSeconds,
    onFloor: (id) => {
      const found = lookUpExercise(id);
      return found !== null && isOnTheFloor(found.figure);
    },
  });
}
