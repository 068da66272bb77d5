import * as z from 'zod/mini';
import { DAYS } from './days';
import { MAX_AGE, MIN_AGE } from './thresholds';

export { DAYS, type Day } from './days';

/** Days of the week, Monday first; Monday follows Sunday. */
export const DaySchema = z.enum(DAYS);

export const PainWhenSchema = z.enum(['during-run', 'after-run', 'next-morning', 'sitting', 'all-day']);
export const PainWhereSchema = z.enum(['centre', 'one-side', 'buttock', 'below-knee']);
/** The safety screen (rules v2): each of these stops the plan, refers, or both; see check-safety.ts. */
export const RedFlagSchema = z.enum([
  'saddle-numbness',
  'bladder-bowel',
  'sexual-function',
  'both-legs',
  'worsening-weakness',
  'chest-pain',
  'serious-accident',
  'fever-unwell',
  'weight-loss',
  'cancer-history',
  'back-lump',
  'night-pain',
  'cough-sneeze',
  'upper-back',
  'trauma',
  'bone-stress',
  'recent-surgery',
]);
export type RedFlag = z.infer<typeof RedFlagSchema>;
export const RiskFactorSchema = z.enum(['steroids', 'osteoporosis', 'immune-weak']);
export type RiskFactor = z.infer<typeof RiskFactorSchema>;
export const MorningStiffnessSchema = z.enum(['none', 'short', 'long']);
/** Which way of moving eases the pain (directional preference); `unsure` filters nothing. */
export const EasesSchema = z.enum(['bending-forward', 'leaning-back', 'neither', 'unsure']);
export const PregnancySchema = z.enum(['no', 'pregnant-under-16-weeks', 'pregnant-16-weeks-plus', 'postpartum-under-12-weeks', 'postpartum-under-12-months']);
export type Pregnancy = z.infer<typeof PregnancySchema>;
export const ShoeSupportSchema = z.enum(['good', 'worn', 'unsure']);
export const ToeTouchSchema = z.enum(['easily', 'just', 'no', 'not-tried']);
export const RunningPostureSchema = z.enum(['upright', 'hunched', 'leaning-back', 'unsure']);
export const LegLengthSchema = z.enum(['yes', 'no', 'unsure']);
export const SpinalDiagnosisSchema = z.enum(['none', 'herniated-disc', 'sciatica', 'degenerative-disc', 'other']);

const range = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
const intRange = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
const uniqueList = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(z.refine((list) => new Set(list).size === list.length, 'each value once'));

/** Said in place of "expected ...": the product is for adults. */
export const UNDER_AGE_MESSAGE = `Backstride is for adults (${MIN_AGE} and over); under ${MIN_AGE}, see a GP or physiotherapist about back pain`;
const age = z.int().check(z.refine((n) => n >= MIN_AGE, { message: UNDER_AGE_MESSAGE, params: { plain: true } }), z.lte(MAX_AGE));

/** The answers contract: every field optional, with the defaults the popup preselects. */
export const AnswersSchema = z.strictObject({
  painLevel: z._default(intRange(0, 10), 3),
  painWeeks: z._default(z.int().check(z.gte(0), z.lte(520)), 2),
  painWhen: z._default(uniqueList(PainWhenSchema), () => ['after-run' as const]),
  painWhere: z._default(uniqueList(PainWhereSchema), () => ['centre' as const]),
  redFlags: z._default(uniqueList(RedFlagSchema), () => []),
  /** Flags a clinician has since checked; each must also be in `redFlags`. */
  clearedFlags: z._default(uniqueList(RedFlagSchema), () => []),
  /** Whole years, or null when not given (then the age rules cannot fire). */
  age: z._default(z.nullable(age), null),
  riskFactors: z._default(uniqueList(RiskFactorSchema), () => []),
  morningStiffness: z._default(MorningStiffnessSchema, 'none'),
  /** Pain wakes you in the second half of the night. */
  nightWaking: z._default(z.boolean(), false),
  eases: z._default(EasesSchema, 'unsure'),
  pregnancy: z._default(PregnancySchema, 'no'),
  weeklyKm: z._default(range(0, 300), 20),
  weeklyIncreasePct: z._default(range(-100, 200), 0),
  longestRunKm: z._default(range(0, 200), 8),
  runDays: z._default(uniqueList(DaySchema), () => ['tue' as const, 'thu' as const, 'sat' as const]),
  shoeKm: z._default(range(0, 5000), 300),
  shoeSupport: z._default(ShoeSupportSchema, 'good'),
  /** Null when the runner did not try the test. */
  plankSeconds: z._default(z.nullable(range(0, 600)), null),
  toeTouch: z._default(ToeTouchSchema, 'not-tried'),
  sittingHours: z._default(range(0, 24), 6),
  runningPosture: z._default(RunningPostureSchema, 'unsure'),
  pastInjury: z._default(z.boolean(), false),
  legLength: z._default(LegLengthSchema, 'no'),
  spinalDiagnosis: z._default(SpinalDiagnosisSchema, 'none'),
}).check(
  z.refine((a) => a.clearedFlags.every((f) => a.redFlags.includes(f)), {
    path: ['clearedFlags'],
    message: 'each cleared flag must also be in redFlags',
    params: { plain: true },
  }),
);

/** Answers after defaults are filled in: what the pipeline works on. */
export type Answers = z.output<typeof AnswersSchema>;
/** Answers as a person or file gives them: any field may be missing. */
export type AnswersInput = z.input<typeof AnswersSchema>;
export type AnswerField = keyof Answers;
