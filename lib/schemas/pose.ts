import * as z from 'zod/mini';

/** A point in the figure's 100 x 100 box; y grows downwards and the ground is at y = 100. */
const PointSchema = z.tuple([z.number().check(z.gte(0), z.lte(100)), z.number().check(z.gte(0), z.lte(100))]);
export type Point = z.infer<typeof PointSchema>;

/** A side-on stick figure: the joints the popup (SVG) and the sheet (PDF) both draw. */
export const PoseSchema = z.strictObject({
  head: PointSchema,
  neck: PointSchema,
  hip: PointSchema,
  /** Near arm and leg (drawn solid) and far arm and leg (drawn lighter). */
  elbow: PointSchema,
  hand: PointSchema,
  knee: PointSchema,
  foot: PointSchema,
  farElbow: PointSchema,
  farHand: PointSchema,
  farKnee: PointSchema,
  farFoot: PointSchema,
  /** Optional prop drawn as a plain line, for a wall, box or water surface. */
  prop: z.optional(z.tuple([PointSchema, PointSchema])),
  /**
   * Optional arrow showing which way the movement goes, where a still figure cannot: from, a
   * control point that bends it (the midpoint keeps it straight), to.
   */
  motion: z.optional(z.tuple([PointSchema, PointSchema, PointSchema])),
});
export type Pose = z.infer<typeof PoseSchema>;

/** The limbs as segments, in drawing order: far side first, so the near side sits on top. */
export const POSE_SEGMENTS = [
  ['neck', 'farElbow', 'far'],
  ['farElbow', 'farHand', 'far'],
  ['hip', 'farKnee', 'far'],
  ['farKnee', 'farFoot', 'far'],
  ['neck', 'hip', 'near'],
  ['hip', 'knee', 'near'],
  ['knee', 'foot', 'near'],
  ['neck', 'elbow', 'near'],
  ['elbow', 'hand', 'near'],
] as const satisfies readonly (readonly [keyof Pose, keyof Pose, 'near' | 'far'])[];

/** The figure's dimensions in pose units (the 100 x 100 box): the popup's SVG and the sheet's PDF both draw with these. */
export const FIGURE_GEOMETRY = {
  headRadius: 8,
  limb: 4.5,
  ground: 1.5,
  prop: 1.5,
  motion: 2.5,
} as const;
