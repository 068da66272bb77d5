import * as z from 'zod/mini';

/** A point in the figure's 100 x 100 box; y grows downwards and the floor is at y = 100. */
const PointSchema = z.tuple([z.number().check(z.gte(0), z.lte(100)), z.number().check(z.gte(0), z.lte(100))]);
export type Point = z.infer<typeof PointSchema>;

const angle = z.number().check(z.gte(-360), z.lte(360));

/**
 * One position of the jointed figure as joint angles, in degrees. Side view, facing left: `pelvis`
 * 0 stands upright, 90 lies on the back (head to the right), -90 lies face down or on all fours
 * (head to the left). `trunk` bends the spine forward from the pelvis (negative: back bend), `neck`
 * the head forward from the trunk. An arm is [shoulder, elbow, wrist]: 0 hangs along the trunk,
 * 90 reaches forward, 180 overhead; the elbow bends the forearm forward. A leg is [hip, knee,
 * ankle]: 0 in line with the pelvis, 90 thigh forward; the knee bends the shin back; the ankle
 * points the toes (0: foot square to the shin). In a front view the same angles move the limbs
 * outwards, sideways.
 */
export const PoseSchema = z.strictObject({
  /** Where the hip joint (the pelvis) is. */
  at: PointSchema,
  pelvis: angle,
  trunk: z.optional(angle),
  neck: z.optional(angle),
  /** The near arm and leg (drawn solid; the side being worked) and the far ones (drawn lighter). */
  arm: z.tuple([angle, angle, z.optional(angle)]),
  farArm: z.tuple([angle, angle, z.optional(angle)]),
  leg: z.tuple([angle, angle, z.optional(angle)]),
  farLeg: z.tuple([angle, angle, z.optional(angle)]),
});
export type Pose = z.infer<typeof PoseSchema>;

/** Things the cues name, drawn behind the figure in the 100 x 100 box. */
export const PropSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('wall'), x: z.number() }),
  /** A seat of height `h` (a chair, a sofa edge) from `x` to `x + w`; `back` adds a chair back at `x + w`. */
  z.strictObject({ kind: z.literal('seat'), x: z.number(), w: z.number(), h: z.number(), back: z.optional(z.boolean()) }),
  z.strictObject({ kind: z.literal('step'), x: z.number(), w: z.number(), h: z.number() }),
  z.strictObject({ kind: z.literal('mat'), x: z.number(), w: z.number() }),
  /** A mat seen from above, for a figure lying on the floor drawn from the ceiling. */
  z.strictObject({ kind: z.literal('rug'), x: z.number(), y: z.number(), w: z.number(), h: z.number() }),
  z.strictObject({ kind: z.literal('water'), y: z.number() }),
  z.strictObject({ kind: z.literal('bike'), x: z.number() }),
]);
export type Prop = z.infer<typeof PropSchema>;

/**
 * An exercise's figure: its positions (start, middle where the path matters, end), the view, the
 * props, and the tempo of one repetition in seconds: moving out to the last position, holding it,
 * coming back, resting at the start.
 */
export const FigureSchema = z.strictObject({
  view: z.optional(z.enum(['side', 'front'])),
  positions: z.array(PoseSchema).check(z.minLength(2), z.maxLength(3)),
  props: z.optional(z.array(PropSchema)),
  /** A held position (a plank, a stretch): moving, the figure goes into its last position once and stays there. */
  hold: z.optional(z.boolean()),
  /** No floor line: in the water. */
  floor: z.optional(z.boolean()),
  tempo: z.optional(z.tuple([z.number().check(z.gt(0)), z.number().check(z.gte(0)), z.number().check(z.gt(0)), z.number().check(z.gte(0))])),
  /** The position the sheet shows (default the last), and the joint whose path its arrow follows (`none`: no arrow). */
  key: z.optional(z.int().check(z.gte(0), z.lte(2))),
  arrow: z.optional(z.enum(['hand', 'farHand', 'toe', 'farToe', 'knee', 'farKnee', 'hip', 'head', 'none'])),
});
export type Figure = z.infer<typeof FigureSchema>;
export type View = NonNullable<Figure['view']>;
