import type { PlanItem } from '../schemas/plan';

/** Seconds a guided rep takes, to pace a rep-counted set. */
export const SECONDS_PER_REP = 3;
/** Seconds to change sides, and between two sets of a stretch (a stretch is restful already). */
export const SWITCH_SECONDS = 5;
/** Seconds to get down to the floor, or back up. */
export const FLOOR_SECONDS = 10;

/**
 * `exercise`: a set (or side) of an exercise; the rest are pauses before the next one: `rest` between
 * sets, `switch` between sides, `get-down` and `get-up` between standing and floor exercises.
 */
export type GuidedStepKind = 'exercise' | 'rest' | 'switch' | 'get-down' | 'get-up';

/** One timed step of a guided session. A pause carries the set and side that come next. */
export interface GuidedStep {
  kind: GuidedStepKind;
  /** The exercise done in this step, or, in a pause, the one that comes next. */
  item: PlanItem;
  /** 1-based set number and how many sets there are. */
  set: number;
  sets: number;
  side: 'left' | 'right' | null;
  seconds: number;
  /** `hold`: count down a hold, a duration or a pause; `reps`: a paced count the runner can finish early. */
  mode: 'hold' | 'reps';
}

export interface GuidedStepOptions {
  /** Rest between the sets of a strength or dynamic exercise. */
  restSeconds: number;
  /** Whether an exercise is done on the floor (kneeling, on all fours, lying). */
  onFloor?: (id: string) => boolean;
}

/** Each set, each side of one exercise, in order. */
function workSteps(item: PlanItem): GuidedStep[] {
  const sets = item.sets ?? 1;
  const sides = item.perSide ? (['left', 'right'] as const) : [null];
  const hold = item.minutes ? item.minutes * 60 : item.reps ? 0 : (item.seconds ?? 30);
  const mode: GuidedStep['mode'] = hold > 0 ? 'hold' : 'reps';
  // A rep with a hold (bird-dog: 8 reps, 5 s each) takes the hold plus the move.
  const seconds = hold > 0 ? hold : (item.reps ?? 10) * (SECONDS_PER_REP + (item.seconds ?? 0));
  return Array.from({ length: sets }, (_, s) => sides.map((side) => ({ kind: 'exercise' as const, item, set: s + 1, sets, side, seconds, mode }))).flat();
}

/** The pause before `step`, which follows `previous` of the same exercise. */
function pauseBefore(step: GuidedStep, previous: GuidedStep, restSeconds: number): GuidedStep {
  const sameSet = step.set === previous.set;
  const stretch = step.item.type === 'static';
  const kind = sameSet || (stretch && step.side) ? 'switch' : 'rest';
  return { ...step, kind, mode: 'hold', seconds: sameSet || stretch ? SWITCH_SECONDS : restSeconds };
}

/**
 * Turns a session's items into its timeline: each set and side, with a rest between sets, a moment
 * to switch sides, and time to get down to the floor (or up) when the position changes.
 */
export function guidedSteps(items: readonly PlanItem[], { restSeconds, onFloor = () => false }: GuidedStepOptions): GuidedStep[] {
  const steps: GuidedStep[] = [];
  let down = false;
  for (const item of items) {
    const work = workSteps(item);
    const floor = onFloor(item.id);
    if (floor !== down && work[0]) steps.push({ ...work[0], kind: floor ? 'get-down' : 'get-up', mode: 'hold', seconds: FLOOR_SECONDS });
    down = floor;
    work.forEach((step, i) => {
      const pause = i > 0 ? pauseBefore(step, work[i - 1]!, restSeconds) : null;
      if (pause && pause.seconds > 0) steps.push(pause);
      steps.push(step);
    });
  }
  return steps;
}

/** Seconds the whole timeline takes at its pace. */
export const guidedSeconds = (steps: readonly GuidedStep[]): number => steps.reduce((sum, s) => sum + s.seconds, 0);

/** Seconds as whole minutes for "About 13 min": rounded, and never less than one. */
export const aboutMinutes = (seconds: number): number => Math.max(1, Math.round(seconds / 60));
