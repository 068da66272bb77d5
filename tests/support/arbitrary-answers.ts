import fc from 'fast-check';
import {
  AnswersSchema,
  DaySchema,
  LegLengthSchema,
  PainWhenSchema,
  PainWhereSchema,
  RedFlagSchema,
  RunningPostureSchema,
  ShoeSupportSchema,
  SpinalDiagnosisSchema,
  ToeTouchSchema,
  type Answers,
} from '../../lib/schemas/answers';

const subset = <T extends string>(options: readonly T[]) => fc.subarray([...options]);
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** Any valid answers, red flags included only when asked for. */
export function arbitraryAnswers({ redFlags = false } = {}): fc.Arbitrary<Answers> {
  return fc
    .record({
      painLevel: fc.integer({ min: 0, max: 10 }),
      painWeeks: fc.integer({ min: 0, max: 60 }),
      painWhen: subset(PainWhenSchema.options),
      painWhere: subset(PainWhereSchema.options),
      redFlags: redFlags ? subset(RedFlagSchema.options) : fc.constant([]),
      weeklyKm: fc.oneof(fc.constant(0), num(0, 300)),
      weeklyIncreasePct: num(-100, 200),
      longestRunKm: fc.oneof(fc.constant(0), num(0, 200)),
      runDays: subset(DaySchema.options),
      shoeKm: num(0, 5000),
      shoeSupport: fc.constantFrom(...ShoeSupportSchema.options),
      plankSeconds: num(0, 600),
      toeTouch: fc.constantFrom(...ToeTouchSchema.options),
      sittingHours: num(0, 24),
      runningPosture: fc.constantFrom(...RunningPostureSchema.options),
      pastInjury: fc.boolean(),
      legLength: fc.constantFrom(...LegLengthSchema.options),
      spinalDiagnosis: fc.constantFrom(...SpinalDiagnosisSchema.options),
    })
    .map((a) => AnswersSchema.parse(a));
}
