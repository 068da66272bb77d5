import { placedJoints } from '../figures/figure-shapes';
import type { Figure } from '../schemas/pose';

/** A head lower than this (y grows downwards; a standing head is at about 12) is a body down on the floor. */
const FLOOR_HEAD_Y = 45;
/** A knee this low rests on the ground: kneeling. */
const KNEE_DOWN_Y = 94;

/** Whether an exercise starts down on the floor (lying, on all fours, kneeling), read from its figure's first position. */
export function isOnTheFloor(figure: Figure): boolean {
  const j = placedJoints(figure, figure.positions[0]!);
  return j.head[1] >= FLOOR_HEAD_Y || j.near.knee[1] >= KNEE_DOWN_Y || j.far.knee[1] >= KNEE_DOWN_Y;
}
