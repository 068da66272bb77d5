import type { Figure, Point, Pose } from '../schemas/pose';
import { placedJoints, type Shape } from './figure-shapes';
import { FIGURE } from './geometry';

/** Frames drawn for each move between two positions: enough that bones do not visibly shrink between them. */
const FRAMES_PER_MOVE = 6;

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
const lerpTuple = (a: readonly (number | undefined)[], b: readonly (number | undefined)[], t: number) => a.map((v, i) => lerp(v ?? 0, b[i] ?? 0, t));

/** The pose a fraction `t` of the way from `a` to `b`, joint angle by joint angle (so bones keep their length). */
export function between(a: Pose, b: Pose, t: number): Pose {
  return {
    at: [lerp(a.at[0], b.at[0], t), lerp(a.at[1], b.at[1], t)],
    pelvis: lerp(a.pelvis, b.pelvis, t),
    trunk: lerp(a.trunk ?? 0, b.trunk ?? 0, t),
    neck: lerp(a.neck ?? 0, b.neck ?? 0, t),
    arm: lerpTuple(a.arm, b.arm, t) as Pose['arm'],
    farArm: lerpTuple(a.farArm, b.farArm, t) as Pose['farArm'],
    leg: lerpTuple(a.leg, b.leg, t) as Pose['leg'],
    farLeg: lerpTuple(a.farLeg, b.farLeg, t) as Pose['farLeg'],
  };
}

/** Eases in and out, so a move starts and stops gently. */
const ease = (t: number) => t * t * (3 - 2 * t);

/** The pose at fraction `u` of the path through every position in order. */
function along(positions: readonly Pose[], u: number): Pose {
  const scaled = ease(u) * (positions.length - 1);
  const i = Math.min(Math.floor(scaled), positions.length - 2);
  return between(positions[i]!, positions[i + 1]!, scaled - i);
}

/**
 * One repetition as keyframes: out through the positions, hold, back, rest, at the figure's tempo;
 * for a held position, only the way into it. `times` run from 0 to 1 (SVG keyTimes); `seconds` is
 * the whole cycle.
 */
export function figureFrames(figure: Figure): { poses: Pose[]; times: number[]; seconds: number } {
  const [out, hold, back, rest] = figure.tempo ?? FIGURE.tempo;
  const seconds = figure.hold ? out : out + hold + back + rest;
  const steps = FRAMES_PER_MOVE * (figure.positions.length - 1);
  const poses: Pose[] = [];
  const times: number[] = [];
  const add = (pose: Pose, at: number) => (poses.push(pose), times.push(at / seconds));
  for (let k = 0; k <= steps; k++) add(along(figure.positions, k / steps), (out * k) / steps);
  if (figure.hold) return { poses, times, seconds };
  if (hold > 0) add(poses[poses.length - 1]!, out + hold);
  const reversed = [...figure.positions].reverse();
  for (let k = 1; k <= steps; k++) add(along(reversed, k / steps), out + hold + (back * k) / steps);
  if (rest > 0) add(poses[0]!, seconds);
  return { poses, times, seconds };
}

type Tracked = NonNullable<Figure['arrow']>;
const TRACKED: Exclude<Tracked, 'none'>[] = ['hand', 'farHand', 'toe', 'farToe', 'knee', 'farKnee', 'hip', 'head'];
/** A joint that moves less than this between start and end gets no arrow (a named joint, less than the second). */
const MIN_TRAVEL = 10;
const MIN_NAMED_TRAVEL = 4;
/** How far the arrow stands off the joint's path, away from the body, and how much a plain arrow bows. */
const STAND_OFF = 7;
const BOW = 0.25;
/** The shortest arrow drawn: a short move (a calf raise, a split squat's drop) still gets a shaft, not just a head. */
const MIN_ARROW = 16;

/** Where a tracked joint is once the body rests on the floor. */
function jointAt(figure: Figure, pose: Pose, name: Exclude<Tracked, 'none'>): Point {
  const j = placedJoints(figure, pose);
  return { hand: j.near.hand, farHand: j.far.hand, toe: j.near.toe, farToe: j.far.toe, knee: j.near.knee, farKnee: j.far.knee, hip: j.hip, head: j.head }[name];
}

const clampBox = (p: Point): Point => [Math.min(97, Math.max(3, p[0])), Math.min(97, Math.max(3, p[1]))];

/**
 * The motion arrow for the key position: along the path of the joint that travels furthest (or the
 * one the figure names), through the middle position when there is one, set off the body a little.
 * Null when nothing travels far enough to need one.
 */
export function figureArrow(figure: Figure): Extract<Shape, { kind: 'arrow' }> | null {
  if (figure.arrow === 'none') return null;
  const key = figure.key ?? figure.positions.length - 1;
  const path = (name: Exclude<Tracked, 'none'>) => figure.positions.map((p) => jointAt(figure, p, name));
  const travel = (pts: Point[]) => Math.hypot(pts[key]![0] - pts[0]![0], pts[key]![1] - pts[0]![1]);
  const chosen = figure.arrow ?? TRACKED.reduce((best, name) => (travel(path(name)) > travel(path(best)) ? name : best));
  const pts = path(chosen);
  if (key === 0 || travel(pts) < (figure.arrow ? MIN_NAMED_TRAVEL : MIN_TRAVEL)) return null;
  const [a, b] = [pts[0]!, pts[key]!];
  const mid: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  // Stand off to the side of the path away from the hips; straight up or down the body, behind it (right: the figure faces left).
  const centre = jointAt(figure, figure.positions[key]!, 'hip');
  const span = travel(pts);
  let side: Point = [-(b[1] - a[1]) / span, (b[0] - a[0]) / span];
  const outwards = side[0] * (mid[0] - centre[0]) + side[1] * (mid[1] - centre[1]);
  if (outwards < 0 || (Math.abs(outwards) < 1 && side[0] < 0)) side = [-side[0], -side[1]];
  const off: Point = [side[0] * STAND_OFF, side[1] * STAND_OFF];
  const via: Point =
    figure.positions.length === 3 && key === 2
      ? [2 * pts[1]![0] - mid[0], 2 * pts[1]![1] - mid[1]]
      : [mid[0] + side[0] * BOW * span, mid[1] + side[1] * BOW * span];
  // Start and stop a little short of the joint, so the arrow does not cover the limb's end.
  let from: Point = [lerp(a[0], via[0], 0.15) + off[0], lerp(a[1], via[1], 0.15) + off[1]];
  let to: Point = [lerp(b[0], via[0], 0.15) + off[0], lerp(b[1], via[1], 0.15) + off[1]];
  const length = Math.hypot(to[0] - from[0], to[1] - from[1]);
  if (length < MIN_ARROW) {
    // Grow a short arrow about its middle, along its own line.
    const grow = (MIN_ARROW - length) / 2 / length;
    const d: Point = [to[0] - from[0], to[1] - from[1]];
    [from, to] = [[from[0] - d[0] * grow, from[1] - d[1] * grow], [to[0] + d[0] * grow, to[1] + d[1] * grow]];
  }
  return { kind: 'arrow', from: clampBox(from), via: clampBox([via[0] + off[0], via[1] + off[1]]), to: clampBox(to), width: FIGURE.motion, tone: 'motion' };
}
