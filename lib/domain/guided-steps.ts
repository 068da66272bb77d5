import type { PlanItem } from '../schemas/plan';

/** Seconds a guided rep takes, to pace a rep-counted set. */
export const SECONDS_PER_REP = 3;

/** One timed step of a guided session: a set (or side) of one exercise. */
export interface GuidedStep {
  item: PlanItem;
  /** 1-based set number and how many sets there are. */
  set: number;
  sets: number;
  side: 'left' | 'right' | null;
  seconds: number;
  /** `hold`: count down a hold or a duration; `reps`: a paced count the runner can finish early. */
  mode: 'hold' | 'reps';
}

/** Turns a session's items into timed steps: each set, each side. */
export function guidedSteps(items: readonly PlanItem[]): GuidedStep[] {
  return items.flatMap((item) => {
    const sets = item.sets ?? 1;
    const sides = item.perSide ? (['left', 'right'] as const) : [null];
    const hold = item.minutes ? item.minutes * 60 : item.reps ? 0 : (item.seconds ?? 30);
    const mode: GuidedStep['mode'] = hold > 0 ? 'hold' : 'reps';
    // A rep with a hold (bird-dog: 8 reps, 5 s each) takes the hold plus the move.
    const seconds = hold > 0 ? hold : (item.reps ?? 10) * (SECONDS_PER_REP + (item.seconds ?? 0));
    return Array.from({ length: sets }, (_, s) => sides.map((side) => ({ item, set: s + 1, sets, side, seconds, mode }))).flat();
  });
}
