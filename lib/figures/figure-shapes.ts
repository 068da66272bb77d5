import type { Figure, Point, Pose, Prop, View } from '../schemas/pose';
import { FIGURE } from './geometry';
import { solvePose, type Joints, type Limbs } from './solve-pose';

/** How a shape is coloured: the near side and trunk, the far side (lighter), props, water, the motion arrow. */
export type Tone = 'near' | 'far' | 'prop' | 'water' | 'motion';

/** What both renderers draw, in the 100 x 100 box: round-capped lines, dots, rings, open polylines, arrows. */
export type Shape =
  | { kind: 'line'; from: Point; to: Point; width: number; tone: Tone }
  | { kind: 'dot'; at: Point; r: number; tone: Tone }
  | { kind: 'ring'; at: Point; r: number; width: number; tone: Tone }
  | { kind: 'poly'; points: Point[]; width: number; tone: Tone }
  | { kind: 'arrow'; from: Point; via: Point; to: Point; width: number; tone: Tone };

/** Which side is being worked: the drawn side (`left`, or none), or the mirror image (`right`). */
export type Side = 'left' | 'right' | null;

const line = (from: Point, to: Point, width: number, tone: Tone): Shape => ({ kind: 'line', from, to, width, tone });

function limbShapes(l: Limbs, tone: Tone, order: 'arm-first' | 'leg-first'): Shape[] {
  const arm = [line(l.shoulder, l.elbow, FIGURE.limb, tone), line(l.elbow, l.wrist, FIGURE.limb, tone), line(l.wrist, l.hand, FIGURE.hand, tone)];
  const leg = [line(l.hip, l.knee, FIGURE.limb, tone), line(l.knee, l.ankle, FIGURE.limb, tone), line(l.heel, l.toe, FIGURE.foot, tone)];
  return order === 'arm-first' ? [...arm, ...leg] : [...leg, ...arm];
}

/** The body in one position, far side first: always the same shapes in the same order, so positions can be animated. */
export function bodyShapes(j: Joints, view: View = 'side'): Shape[] {
  return [
    ...limbShapes(j.far, 'far', 'arm-first'),
    line(j.hip, j.shoulder, view === 'front' ? FIGURE.trunkFront : FIGURE.trunk, 'near'),
    line(j.shoulder, j.head, FIGURE.neck, 'near'),
    // Side on, a nose: a short thick stroke from the middle of the head out past its edge.
    ...(view === 'side' ? [line(j.head, j.nose, FIGURE.neck, 'near')] : []),
    { kind: 'dot', at: j.head, r: FIGURE.headRadius, tone: 'near' },
    ...limbShapes(j.near, 'near', 'leg-first'),
  ];
}

/** The lowest point any shape reaches (y grows downwards). */
const lowest = (shapes: readonly Shape[]): number => Math.max(...shapes.map((s) => extent(s)[3]));

/** A shape's bounds, stroke included: [minX, minY, maxX, maxY]. */
export function extent(s: Shape): [number, number, number, number] {
  const pts = s.kind === 'line' ? [s.from, s.to] : s.kind === 'poly' ? s.points : s.kind === 'arrow' ? [s.from, s.to] : [s.at];
  const pad = s.kind === 'dot' ? s.r : s.kind === 'ring' ? s.r + s.width / 2 : s.width / 2;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs) - pad, Math.min(...ys) - pad, Math.max(...xs) + pad, Math.max(...ys) + pad];
}

const move = (p: Point, dx: number, dy: number): Point => [p[0] + dx, p[1] + dy];

/** `s` moved across by `dx`. */
function shift(s: Shape, dx: number): Shape {
  const m = (p: Point) => move(p, dx, 0);
  switch (s.kind) {
    case 'line':
      return { ...s, from: m(s.from), to: m(s.to) };
    case 'poly':
      return { ...s, points: s.points.map(m) };
    case 'arrow':
      return { ...s, from: m(s.from), via: m(s.via), to: m(s.to) };
    default:
      return { ...s, at: m(s.at) };
  }
}

/** `s` mirrored left to right about the box's middle: the other side. */
export function mirror(s: Shape): Shape {
  const m = (p: Point): Point => [100 - p[0], p[1]];
  switch (s.kind) {
    case 'line':
      return { ...s, from: m(s.from), to: m(s.to) };
    case 'poly':
      return { ...s, points: s.points.map(m) };
    case 'arrow':
      return { ...s, from: m(s.from), via: m(s.via), to: m(s.to) };
    default:
      return { ...s, at: m(s.at) };
  }
}

const shiftLimbs = (l: Limbs, dx: number, dy: number): Limbs => Object.fromEntries(Object.entries(l).map(([k, v]) => [k, move(v, dx, dy)])) as unknown as Limbs;

const shiftJoints = (j: Joints, dx: number, dy: number): Joints => ({
  hip: move(j.hip, dx, dy), shoulder: move(j.shoulder, dx, dy), head: move(j.head, dx, dy), nose: move(j.nose, dx, dy), near: shiftLimbs(j.near, dx, dy), far: shiftLimbs(j.far, dx, dy),
});

/** The joints of `pose`, set down so the body's lowest point rests on the floor (unless the figure has none). */
function grounded(figure: Figure, pose: Pose): Joints {
  const j = solvePose(pose, figure.view);
  return figure.floor === false ? j : shiftJoints(j, 0, 100 - lowest(bodyShapes(j, figure.view)));
}

/** The props that stand where the body is and move across with it; water spans the whole box. */
const alongside = (figure: Figure) => (figure.props ?? []).filter((p) => p.kind !== 'water');

const across = new WeakMap<Figure, number>();
/** How far to move a figure sideways so that all its positions and props, together, sit in the middle of the box. */
function acrossOf(figure: Figure): number {
  let dx = across.get(figure);
  if (dx === undefined) {
    const all = [...figure.positions.flatMap((p) => bodyShapes(grounded(figure, p), figure.view)), ...alongside(figure).flatMap(propShapes)].map(extent);
    dx = 50 - (Math.min(...all.map((e) => e[0])) + Math.max(...all.map((e) => e[2]))) / 2;
    across.set(figure, dx);
  }
  return dx;
}

/** The joints of `pose` as drawn: resting on the floor, the figure centred across the box. */
export const placedJoints = (figure: Figure, pose: Pose): Joints => shiftJoints(grounded(figure, pose), acrossOf(figure), 0);

/** The body in `pose`, resting on the floor. */
export const placedBody = (figure: Figure, pose: Pose): Shape[] => bodyShapes(placedJoints(figure, pose), figure.view);

function propShapes(prop: Prop): Shape[] {
  const w = FIGURE.prop;
  switch (prop.kind) {
    case 'wall':
      return [line([prop.x, w], [prop.x, 100 - w], w * 1.5, 'prop')];
    case 'seat': {
      const top = 100 - prop.h;
      const seat = [line([prop.x, top], [prop.x + prop.w, top], w * 1.5, 'prop'), line([prop.x + 1, top], [prop.x + 1, 100 - w / 2], w, 'prop'), line([prop.x + prop.w - 1, top], [prop.x + prop.w - 1, 100 - w / 2], w, 'prop')];
      return prop.back ? [...seat, line([prop.x + prop.w - 1, top], [prop.x + prop.w - 1, top - 24], w, 'prop')] : seat;
    }
    case 'step':
      return [{ kind: 'poly', points: [[prop.x, 100 - w / 2], [prop.x, 100 - prop.h], [prop.x + prop.w, 100 - prop.h], [prop.x + prop.w, 100 - w / 2]], width: w, tone: 'prop' }];
    case 'mat':
      return [line([prop.x, 98.5], [prop.x + prop.w, 98.5], 3, 'prop')];
    case 'rug': {
      const [x0, y0, x1, y1] = [prop.x, prop.y, prop.x + prop.w, prop.y + prop.h];
      return [{ kind: 'poly', points: [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]], width: w, tone: 'prop' }];
    }
    case 'water':
      return [{ kind: 'poly', points: Array.from({ length: 20 }, (_, i): Point => [2 + i * 5, prop.y + (i % 2 ? 1.2 : -1.2)]), width: w, tone: 'water' }];
    case 'bike':
      // Facing left, as the figures do: the front wheel at x, the seat over the back wheel, the pedals between.
      return [
        { kind: 'ring', at: [prop.x, 86], r: 12, width: w, tone: 'prop' },
        { kind: 'ring', at: [prop.x + 46, 86], r: 12, width: w, tone: 'prop' },
        { kind: 'poly', points: [[prop.x + 46, 86], [prop.x + 26, 84], [prop.x + 32, 60], [prop.x + 26, 84], [prop.x + 6, 58], [prop.x, 86]], width: w, tone: 'prop' },
        line([prop.x + 28, 59], [prop.x + 36, 59], w * 1.5, 'prop'),
        line([prop.x + 2, 56], [prop.x + 8, 56], w * 1.5, 'prop'),
      ];
  }
}

/** The floor and the props: what stays still behind the moving figure. */
export function sceneShapes(figure: Figure): Shape[] {
  const floor = figure.floor === false ? [] : [line([0, 100], [100, 100], FIGURE.ground, 'prop')];
  const dx = acrossOf(figure);
  return [...floor, ...(figure.props ?? []).flatMap((prop) => (prop.kind === 'water' ? propShapes(prop) : propShapes(prop).map((s) => shift(s, dx))))];
}

/** Mirrors every shape for the right side; leaves them as drawn otherwise. */
export const forSide = (shapes: Shape[], side: Side): Shape[] => (side === 'right' ? shapes.map(mirror) : shapes);
