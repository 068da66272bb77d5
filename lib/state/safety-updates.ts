import type { RedFlag } from '../schemas/answers';
import type { Profile } from '../schemas/profile';
import { PAIN } from '../schemas/thresholds';

// The stop screen's changes to a profile, as pure functions. They load only when a stop screen is
// used, so a returning runner's popup never carries them.

const withAnswers = (p: Profile, patch: Partial<Profile['answers']>, rest: Partial<Profile> = {}): Profile => ({ ...p, ...rest, answers: { ...p.answers, ...patch } });

/** "I ticked this by mistake": the safety step again; a runner who had a plan goes back to it after the rescreen. */
export const backToSafety = (p: Profile): Profile => ({ ...p, safetyAnswered: false, step: 0, rescreen: (p.done && !p.keptAnswers) || p.rescreen });

/** A clinician cleared these flags on `on` (YYYY-MM-DD); last week's distance is asked next. */
export function clearFlags(p: Profile, flags: readonly RedFlag[], on: string): Profile {
  const add = flags.filter((f) => p.answers.redFlags.includes(f));
  const cleared = p.answers.redFlags.filter((f) => p.answers.clearedFlags.includes(f) || add.includes(f));
  return withAnswers(p, { clearedFlags: cleared }, { clearedOn: { ...p.clearedOn, ...Object.fromEntries(add.map((f) => [f, on])) }, recheckDistance: true });
}

/** The latest pain after a severe-pain stop: at or below the bound the stop lifts and the distance is asked again. */
export const reportPain = (p: Profile, level: number): Profile => withAnswers(p, { painLevel: level }, level <= PAIN.stopLiftsAtOrBelow ? { recheckDistance: true } : {});

/**
 * Last week's distance, asked again. Less than the distance answered before is a fall the plan must
 * know about (a comeback, no growth); a runner who never finished, or is retaking the questions (and
 * answers the running step again), has no earlier answer to compare.
 */
export function confirmDistance(p: Profile, km: number): Profile {
  const { weeklyKm, weeklyIncreasePct } = p.answers;
  const fell = p.done && !p.keptAnswers && weeklyKm > 0 && km < weeklyKm;
  const pct = fell ? Math.max(-100, Math.round(((km - weeklyKm) / weeklyKm) * 100)) : weeklyIncreasePct;
  return withAnswers(p, { weeklyKm: km, weeklyIncreasePct: pct }, { recheckDistance: false });
}
