import * as z from 'zod/mini';

/** Days of the week, Monday first; Monday follows Sunday. */
export const DaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type Day = z.infer<typeof DaySchema>;
export const DAYS = DaySchema.options;

export const PainWhenSchema = z.enum(['during-run', 'after-run', 'next-morning', 'sitting', 'all-day']);
export const PainWhereSchema = z.enum(['centre', 'one-side', 'buttock', 'below-knee']);
/** The safety screen: any of these stops the plan. */
export const RedFlagSchema = z.enum([
  'saddle-numbness',
  'bladder-bowel',
  'both-legs',
  'worsening-weakness',
  'fever-unwell',
  'weight-loss',
  'cancer-history',
  'trauma',
  'night-pain',
]);
export type RedFlag = z.infer<typeof RedFlagSchema>;
export const ShoeSupportSchema = z.enum(['good', 'worn', 'unsure']);
export const ToeTouchSchema = z.enum(['easily', 'just', 'no']);
export const RunningPostureSchema = z.enum(['upright', 'hunched', 'leaning-back', 'unsure']);
export const LegLengthSchema = z.enum(['yes', 'no', 'unsure']);
export const SpinalDiagnosisSchema = z.enum(['none', 'herniated-disc', 'sciatica', 'degenerative-disc', 'other']);

const range = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
const intRange = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
const uniqueList = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(z.refine((list) => new Set(list).size === list.length, 'each value once'));

/** The answers contract: every field optional, with the defaults the popup preselects. */
export const AnswersSchema = z.strictObject({
  painLevel: z._default(intRange(0, 10), 3),
  painWeeks: z._default(z.int().check(z.gte(0), z.lte(520)), 2),
  painWhen: z._default(uniqueList(PainWhenSchema), () => ['after-run' as const]),
  painWhere: z._default(uniqueList(PainWhereSchema), () => ['centre' as const]),
  redFlags: z._default(uniqueList(RedFlagSchema), () => []),
  weeklyKm: z._default(range(0, 300), 20),
  weeklyIncreasePct: z._default(range(-100, 200), 0),
  longestRunKm: z._default(range(0, 200), 8),
  runDays: z._default(uniqueList(DaySchema), () => ['tue' as const, 'thu' as const, 'sat' as const]),
  shoeKm: z._default(range(0, 5000), 300),
  shoeSupport: z._default(ShoeSupportSchema, 'good'),
  plankSeconds: z._default(range(0, 600), 30),
  toeTouch: z._default(ToeTouchSchema, 'just'),
  sittingHours: z._default(range(0, 24), 6),
  runningPosture: z._default(RunningPostureSchema, 'unsure'),
  pastInjury: z._default(z.boolean(), false),
  legLength: z._default(LegLengthSchema, 'no'),
  spinalDiagnosis: z._default(SpinalDiagnosisSchema, 'none'),
});

/** Answers after defaults are filled in: what the pipeline works on. */
export type Answers = z.output<typeof AnswersSchema>;
/** Answers as a person or file gives them: any field may be missing. */
export type AnswersInput = z.input<typeof AnswersSchema>;
export type AnswerField = keyof Answers;

/** The answers a runner gets by accepting every default. */
export const DEFAULT_ANSWERS: Answers = AnswersSchema.parse({});
