import fc from 'fast-check';
import {
  AnswersSchema,
  DaySchema,
  EasesSchema,
  LegLengthSchema,
  MorningStiffnessSchema,
  PainWhenSchema,
  PainWhereSchema,
  PregnancySchema,
  RedFlagSchema,
  RiskFactorSchema,
  RunningPostureSchema,
  ShoeSupportSchema,
  SpinalDiagnosisSchema,
  ToeTouchSchema,
  type Answers,
} from '../../lib/schemas/answers';

const subset = <T extends string>(options: readonly T[]) => fc.subarray([...options]);
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** Any valid answers; red flags (some of them cleared) only when asked for. */
export function arbitraryAnswers({ redFlags = false } = {}): fc.Arbitrary<Answers> {
  return fc
    .record({
      painLevel: fc.integer({ min: 0, max: 10 }),
      painWeeks: fc.integer({ min: 0, max: 60 }),
      painWhen: subset(PainWhenSchema.options),
      painWhere: subset(PainWhereSchema.options),
      redFlags: redFlags ? subset(RedFlagSchema.options) : fc.constant([]),
      clearSome: fc.boolean(),
      age: fc.option(fc.integer({ min: 18, max: 100 }), { nil: null }),
      riskFactors: subset(RiskFactorSchema.options),
      morningStiffness: fc.constantFrom(...MorningStiffnessSchema.options),
      nightWaking: fc.boolean(),
      eases: fc.constantFrom(...EasesSchema.options),
      pregnancy: fc.constantFrom(...PregnancySchema.options),
      weeklyKm: fc.oneof(fc.constant(0), num(0, 300)),
      weeklyIncreasePct: fc.oneof(fc.constantFrom(-100, -50, 0, 5, 10), num(-100, 200)),
      longestRunKm: fc.oneof(fc.constant(0), num(0, 200)),
      runDays: subset(DaySchema.options),
      shoeKm: num(0, 5000),
      shoeSupport: fc.constantFrom(...ShoeSupportSchema.options),
      plankSeconds: fc.option(num(0, 600), { nil: null }),
      toeTouch: fc.constantFrom(...ToeTouchSchema.options),
      sittingHours: num(0, 24),
      runningPosture: fc.constantFrom(...RunningPostureSchema.options),
      pastInjury: fc.boolean(),
      legLength: fc.constantFrom(...LegLengthSchema.options),
      spinalDiagnosis: fc.constantFrom(...SpinalDiagnosisSchema.options),
    })
    .map(({ clearSome, ...a }) => AnswersSchema.parse({ ...a, clearedFlags: clearSome ? (a.redFlags as string[]).filter((_, i) => i % 2 === 0) : [] }));
}
