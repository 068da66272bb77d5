import type { Point, Pose, View } from '../schemas/pose';
import { BONE, FIGURE } from './geometry';

/** Where every joint of a posed figure is, in the 100 x 100 box. */
export interface Joints {
  hip: Point;
  shoulder: Point;
  head: Point;
  /** The tip of the nose: which way the face looks. */
  nose: Point;
  near: Limbs;
  far: Limbs;
}
export interface Limbs {
  shoulder: Point;
  elbow: Point;
  wrist: Point;
  hand: Point;
  hip: Point;
  knee: Point;
  ankle: Point;
  heel: Point;
  toe: Point;
}

const RAD = Math.PI / 180;
/** The point `length` from `from` in direction `a`: 0 points down, 90 forward (left), 180 up. */
const step = (from: Point, a: number, length: number): Point => [from[0] - Math.sin(a * RAD) * length, from[1] + Math.cos(a * RAD) * length];

/** One arm and leg. `s` mirrors the angles (a front view turns the two sides outwards). */
function limbs(pose: Pose, far: boolean, view: View, trunkA: number, shoulder: Point): Limbs {
  const front = view === 'front';
  const s = front && !far ? -1 : 1;
  // Seen from the front the joints sit apart: the near side on the right of the picture.
  const apart = (p: Point, axis: number, half: number): Point => (front ? step(p, axis + 90, far ? -half : half) : p);
  const [sh, el, wr = 0] = far ? pose.farArm : pose.arm;
  const [hp, kn, an = 0] = far ? pose.farLeg : pose.leg;
  const arm = trunkA - 180 + s * sh;
  const fore = arm + s * el;
  const sJoint = apart(shoulder, trunkA, FIGURE.shoulderHalf);
  const elbow = step(sJoint, arm, BONE.upperArm);
  const wrist = step(elbow, fore, BONE.forearm);
  const thigh = pose.pelvis + s * hp;
  const shin = thigh - s * kn;
  const foot = shin + s * (90 - an);
  const hJoint = apart(pose.at, pose.pelvis + 180, FIGURE.hipHalf);
  const knee = step(hJoint, thigh, BONE.thigh);
  const ankle = step(knee, shin, BONE.shin);
  return {
    shoulder: sJoint, elbow, wrist, hand: step(wrist, fore + s * wr, BONE.hand),
    hip: hJoint, knee, ankle, heel: step(ankle, foot, -BONE.heel), toe: step(ankle, foot, BONE.foot),
  };
}

/** Forward kinematics: the joint angles of `pose` through the fixed bone lengths to joint positions. */
export function solvePose(pose: Pose, view: View = 'side'): Joints {
  const trunkA = pose.pelvis + 180 - (pose.trunk ?? 0);
  const shoulder = step(pose.at, trunkA, BONE.trunk);
  const headA = trunkA - (pose.neck ?? 0);
  const head = step(shoulder, headA, BONE.neck + FIGURE.headRadius);
  return { hip: pose.at, shoulder, head, nose: step(head, headA - 90, FIGURE.headRadius + FIGURE.nose), near: limbs(pose, false, view, trunkA, shoulder), far: limbs(pose, true, view, trunkA, shoulder) };
}
