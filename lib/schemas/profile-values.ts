import type { Answers } from './answers';
import type { Profile } from './profile';

// No zod here: the popup's first screen starts from these, and zod loads only when a stored value needs checking.

/** The answers a runner gets by accepting every default (a test checks it is AnswersSchema.parse({})). */
export const DEFAULT_ANSWERS: Answers = {
  painLevel: 3,
  painWeeks: 2,
  painWhen: ['after-run'],
  painWhere: ['centre'],
  redFlags: [],
  clearedFlags: [],
  age: null,
  riskFactors: [],
  morningStiffness: 'none',
  nightWaking: false,
  eases: 'unsure',
  pregnancy: 'no',
  weeklyKm: 20,
  weeklyIncreasePct: 0,
  longestRunKm: 8,
  runDays: ['tue', 'thu', 'sat'],
  shoeKm: 300,
  shoeSupport: 'good',
  plankSeconds: null,
  toeTouch: 'not-tried',
  sittingHours: 6,
  runningPosture: 'unsure',
  pastInjury: false,
  legLength: 'no',
  spinalDiagnosis: 'none',
};

/** The answers the plan is made from: during a retake, the ones from before it. */
export const planAnswers = (p: Profile): Answers => p.keptAnswers ?? p.answers;

export const DEFAULT_PROFILE: Profile = {
  answers: DEFAULT_ANSWERS,
  safetyAnswered: false,
  step: 0,
  done: false,
  rescreen: false,
  clearedOn: {},
  recheckDistance: false,
};

/**
 * A profile stored before safety rules v2 (version 1): its answers load with the new defaults, but
 * nobody counts as screened for what they were never asked, so the safety step comes first again.
 * A runner who had finished goes back to the plan after the rescreen, not through every step.
 */
export function migrateProfileV1(old: unknown): unknown {
  if (typeof old !== 'object' || old === null || Array.isArray(old)) return old;
  const v1 = old as { done?: unknown };
  return { ...v1, safetyAnswered: false, step: 0, rescreen: v1.done === true };
}
