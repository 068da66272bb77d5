import type { Pose } from '../schemas/pose';

/** A head lower than this (y grows downwards; a standing head is at 11 to 36) is a body down on the floor. */
const FLOOR_HEAD_Y = 45;
/** A knee this low rests on the ground: kneeling. */
const KNEE_DOWN_Y = 97;

/** Whether a figure is down on the floor (lying, on all fours, kneeling), read from its pose. */
export function isOnTheFloor(pose: Pose): boolean {
  return pose.head[1] >= FLOOR_HEAD_Y || pose.knee[1] >= KNEE_DOWN_Y || pose.farKnee[1] >= KNEE_DOWN_Y;
}
