import {
  DAYS,
  EasesSchema,
  MorningStiffnessSchema,
  PregnancySchema,
  RiskFactorSchema,
  LegLengthSchema,
  PainWhenSchema,
  PainWhereSchema,
  RedFlagSchema,
  RunningPostureSchema,
  ShoeSupportSchema,
  SpinalDiagnosisSchema,
  ToeTouchSchema,
  type AnswerField,
} from './answers';
import { MAX_AGE, MIN_AGE } from './thresholds';

const list = (options: readonly string[]) => options.join(', ');

/** What each field allows, in words, for error messages and the README. */
export const ANSWER_FIELD_HELP: Record<AnswerField, string> = {
  painLevel: 'a whole number from 0 to 10',
  painWeeks: 'a whole number of weeks, 0 or more (up to 520)',
  painWhen: `a list, each value once, of: ${list(PainWhenSchema.options)}`,
  painWhere: `a list, each value once, of: ${list(PainWhereSchema.options)}`,
  redFlags: `a list, each value once, of: ${list(RedFlagSchema.options)} (empty when none apply)`,
  clearedFlags: 'a list, each value once, of flags that are also in redFlags (empty when none were cleared)',
  age: `a whole number of years from ${MIN_AGE} to ${MAX_AGE}, or null when not given`,
  riskFactors: `a list, each value once, of: ${list(RiskFactorSchema.options)} (may be empty)`,
  morningStiffness: `one of: ${list(MorningStiffnessSchema.options)}`,
  nightWaking: 'true or false',
  eases: `one of: ${list(EasesSchema.options)}`,
  pregnancy: `one of: ${list(PregnancySchema.options)}`,
  weeklyKm: 'a number of kilometres from 0 to 300',
  weeklyIncreasePct: 'a percentage from -100 to 200',
  longestRunKm: 'a number of kilometres from 0 to 200',
  runDays: `a list, each day once, of: ${list(DAYS)} (may be empty)`,
  shoeKm: 'a number of kilometres from 0 to 5000',
  shoeSupport: `one of: ${list(ShoeSupportSchema.options)}`,
  plankSeconds: 'a number of seconds from 0 to 600, or null when not tried',
  toeTouch: `one of: ${list(ToeTouchSchema.options)}`,
  sittingHours: 'a number of hours from 0 to 24',
  runningPosture: `one of: ${list(RunningPostureSchema.options)}`,
  pastInjury: 'true or false',
  legLength: `one of: ${list(LegLengthSchema.options)}`,
  spinalDiagnosis: `one of: ${list(SpinalDiagnosisSchema.options)}`,
};
