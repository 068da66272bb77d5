import type { Point } from '../schemas/pose';

/** Arrowhead size and the angle of each barb off the shaft, in figure units and radians. */
const HEAD_LENGTH = 7;
const HEAD_ANGLE = 0.5;

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** The arrowhead at `to`, pointing along the curve's last stretch (from `via`): tip and two barbs. */
export function arrowHead(via: Point, to: Point): [Point, Point, Point] {
  const angle = Math.atan2(to[1] - via[1], to[0] - via[0]);
  const barb = (side: number): Point => [to[0] - HEAD_LENGTH * Math.cos(angle + side * HEAD_ANGLE), to[1] - HEAD_LENGTH * Math.sin(angle + side * HEAD_ANGLE)];
  return [to, barb(1), barb(-1)];
}

/**
 * A motion arrow as SVG path data in the figure's 100 x 100 box (y down): the shaft, a quadratic
 * curve from `from` bent by `via` to `to`, and the closed arrowhead at its end.
 */
export function motionArrow([from, via, to]: readonly [Point, Point, Point]): { shaft: string; head: string } {
  const [tip, left, right] = arrowHead(via, to);
  return {
    shaft: `M ${fmt(from[0])} ${fmt(from[1])} Q ${fmt(via[0])} ${fmt(via[1])} ${fmt(to[0])} ${fmt(to[1])}`,
    head: `M ${fmt(tip[0])} ${fmt(tip[1])} L ${fmt(left[0])} ${fmt(left[1])} L ${fmt(right[0])} ${fmt(right[1])} Z`,
  };
}
