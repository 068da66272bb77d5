import * as z from 'zod/mini';
import { CauseIdSchema } from './cause';
import { PROGRAMME_WEEKS } from './programme';

export const ItemTypeSchema = z.enum(['dynamic', 'strength', 'static', 'cross-training']);
export type ItemType = z.infer<typeof ItemTypeSchema>;

/** The strength families every routine promises: one variant of each, every strength day. */
export const CORE_FAMILIES = ['plank', 'bridge', 'squat', 'lunge'] as const;

/**
 * Answer-derived conditions: an exercise lists those that leave it out (`avoid`) and, for an
 * alternative, those it is only for (`onlyWhen`). `eases-leaning-back` leaves out sustained flexion,
 * `eases-bending-forward` extension; `pregnant-16-weeks-plus` anything lying flat on the back;
 * `postpartum-early` (under 12 weeks after birth) everything but walking for cross-training;
 * `plank-under-10s` (week 1 only) swaps the front plank for the kneeling one.
 */
export const ContraindicationSchema = z.enum([
  'disc-diagnosis',
  'pain-below-knee',
  'severe-pain',
  'eases-leaning-back',
  'eases-bending-forward',
  'pregnant-16-weeks-plus',
  'postpartum-early',
  'plank-under-10s',
]);
export type Contraindication = z.infer<typeof ContraindicationSchema>;

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const id = z.string().check(z.regex(ID_PATTERN));

const positiveInt = z.int().check(z.gte(1));
/** One dosage step: what the runner does in a given week. */
export const DosageSchema = z.strictObject({
  sets: z.optional(positiveInt),
  reps: z.optional(positiveInt),
  seconds: z.optional(positiveInt),
  minutes: z.optional(positiveInt),
  perSide: z.optional(z.boolean()),
});
export type Dosage = z.infer<typeof DosageSchema>;


/** An exercise in the library. Names and cues must fit the sheet's boxes. */
export const ExerciseSchema = z.strictObject({
  id,
  name: z.string().check(z.minLength(3), z.maxLength(28)),
  type: ItemTypeSchema,
  /** Variants of one move share a family; a routine uses the most advanced variant allowed. */
  family: z.optional(id),
  /**
   * `everyone`: part of every routine of its type; `likely-cause`: added when a listed cause is likely;
   * `desk`: only in the one-minute posture break.
   */
  selection: z.enum(['everyone', 'likely-cause', 'desk']),
  causes: z.array(CauseIdSchema),
  /** The first programme week this variant may appear in (a progression). */
  fromWeek: z.int().check(z.gte(1), z.lte(PROGRAMME_WEEKS)),
  /** High-impact moves are left out of gentle plans. */
  highImpact: z.boolean(),
  dosage: z.array(DosageSchema).check(z.length(PROGRAMME_WEEKS)),
  cues: z.array(z.string().check(z.minLength(5), z.maxLength(64))).check(z.minLength(2), z.maxLength(3)),
  avoid: z.array(ContraindicationSchema),
  /** An alternative: offered only while one of these holds (and it then wins over its family's plain variant). */
  onlyWhen: z.optional(z.array(ContraindicationSchema)),
  /** Id of the exercise's figure in the figure library. */
  figure: id,
});
export type Exercise = z.infer<typeof ExerciseSchema>;
