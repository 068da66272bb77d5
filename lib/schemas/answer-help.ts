import {
  DAYS,
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

const list = (options: readonly string[]) => options.join(', ');

/** What each field allows, in words, for error messages and the README. */
export const ANSWER_FIELD_HELP: Record<AnswerField, string> = {
  painLevel: 'a whole number from 0 to 10',
  painWeeks: 'a whole number of weeks, 0 or more (up to 520)',
  painWhen: `a list, each value once, of: ${list(PainWhenSchema.options)}`,
  painWhere: `a list, each value once, of: ${list(PainWhereSchema.options)}`,
  redFlags: `a list, each value once, of: ${list(RedFlagSchema.options)} (empty when none apply)`,
  weeklyKm: 'a number of kilometres from 0 to 300',
  weeklyIncreasePct: 'a percentage from -100 to 200',
  longestRunKm: 'a number of kilometres from 0 to 200',
  runDays: `a list, each day once, of: ${list(DAYS)} (may be empty)`,
  shoeKm: 'a number of kilometres from 0 to 5000',
  shoeSupport: `one of: ${list(ShoeSupportSchema.options)}`,
  plankSeconds: 'a number of seconds from 0 to 600',
  toeTouch: `one of: ${list(ToeTouchSchema.options)}`,
  sittingHours: 'a number of hours from 0 to 24',
  runningPosture: `one of: ${list(RunningPostureSchema.options)}`,
  pastInjury: 'true or false',
  legLength: `one of: ${list(LegLengthSchema.options)}`,
  spinalDiagnosis: `one of: ${list(SpinalDiagnosisSchema.options)}`,
};
