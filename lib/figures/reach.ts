import type { Pose } from '../schemas/pose';
import { BONE } from './geometry';

const DEG = 180 / Math.PI;

/**
 * A side-on leg's [hip, knee, ankle] angles that put the ankle (dx, dy) from the hip, for a pelvis at
 * `pelvis`, with the foot pointing along `foot` (90: flat, toes forward): two-bone inverse kinematics, knee forward. For positions that keep a foot planted (a split
 * squat, a bridge) so the data can say where the foot is rather than work the angles out by hand.
 */
export function legTo(pelvis: number, dx: number, dy: number, foot = 90): Pose['leg'] {
  const [a, b] = [BONE.thigh, BONE.shin];
  const d = Math.min(Math.hypot(dx, dy), a + b - 1e-6);
  // The direction to the ankle in the figure's angles (0 down, 90 forward, i.e. left).
  const toward = Math.atan2(-dx, dy) * DEG;
  const atHip = Math.acos((a * a + d * d - b * b) / (2 * a * d)) * DEG;
  const atKnee = Math.acos((a * a + b * b - d * d) / (2 * a * b)) * DEG;
  const [thigh, knee] = [toward + atHip, 180 - atKnee];
  return [thigh - pelvis, knee, thigh - knee + 90 - foot];
}
