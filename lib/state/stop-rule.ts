import { triage, type Triage } from '../domain/check-safety';
import type { Profile } from '../schemas/profile';
import { PAIN_STEP } from './questionnaire-steps';

/**
 * Whether the stop screen shows for this profile: the domain's triage decides, once the runner has
 * answered what it rests on. A flag stops once the safety step is confirmed; severe pain once the
 * runner is past the pain step (or finished, rescreen included).
 */
export function stopShown(p: Profile, t: Triage = triage(p.answers)): boolean {
  if (!t.stop || !p.safetyAnswered) return false;
  // A finished profile has answered everything the stop rests on, whichever step it was left on.
  const finished = p.done && !p.rescreen && !p.keptAnswers;
  if (finished) return true;
  if (p.step === 0) return false;
  return t.urgency !== 'severe-pain' || p.step > PAIN_STEP;
}
