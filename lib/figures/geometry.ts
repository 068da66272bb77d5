/**
 * The figure's one set of dimensions, in units of its 100 x 100 box: the popup's SVG and the
 * sheet's PDF both draw with these, so they agree on every length and width.
 */
export const BONE = { trunk: 25, neck: 4, thigh: 19, shin: 18, upperArm: 12, forearm: 11, hand: 4, foot: 7, heel: 2 } as const;

export const FIGURE = {
  headRadius: 6.5,
  /** How far the nose stands out of the head, side on: it shows which way the figure faces. */
  nose: 1.6,
  /** Stroke widths: the trunk (side on and from the front), limbs, hands and feet, neck. */
  trunk: 9,
  trunkFront: 13,
  limb: 4.5,
  hand: 3,
  foot: 3.5,
  neck: 4,
  /** From the middle to each hip and shoulder joint, seen from the front. */
  hipHalf: 4,
  shoulderHalf: 6,
  ground: 1.5,
  prop: 2,
  motion: 2.5,
  /** Default tempo of one repetition: out, hold, back, rest (seconds); 3 s in all, the guided pace. */
  tempo: [1.1, 0.4, 1.1, 0.4],
} as const;
