import { RESCREEN_STEP_IDS, STEP_IDS } from '../../data/step-ids';
import type { Profile } from '../schemas/profile';

/** Where the pain step sits: a severe-pain stop shows only once the runner is past it. */
export const PAIN_STEP = STEP_IDS.indexOf('pain');

const RESCREEN = STEP_IDS.flatMap((id, i) => (RESCREEN_STEP_IDS.includes(id) ? [i] : []));
const ALL = STEP_IDS.map((_, i) => i);

/** The step indexes this profile goes through: all of them, or only the rescreen after an update. */
export const stepsFor = (p: Pick<Profile, 'rescreen'>): readonly number[] => (p.rescreen ? RESCREEN : ALL);

/** The step after `step` for this profile, or null when `step` is its last. */
export function nextStep(p: Pick<Profile, 'rescreen'>, step: number): number | null {
  return stepsFor(p).find((s) => s > step) ?? null;
}

/** The step before `step` for this profile, or null when `step` is its first. */
export function previousStep(p: Pick<Profile, 'rescreen'>, step: number): number | null {
  return [...stepsFor(p)].reverse().find((s) => s < step) ?? null;
}
