import type { Answers } from '../schemas/answers';
import type { CauseId } from '../schemas/cause';
import type { ReasonId, Values } from '../schemas/plan-data';
import { DISTANCE, LONG_SITTING_HOURS, PLANK, SHOES } from '../schemas/thresholds';
import { toeTouchAsked } from './toe-touch-asked';

/** One row of the cause table: when the answers match, the cause gains `weight` and the reason is given. */
export interface CauseRule {
  cause: CauseId;
  weight: number;
  when: (a: Answers) => boolean;
  /** The reason's id; lib/words says it. */
  reason: ReasonId;
  /** The figures the reason states (distances in km). */
  values?: (a: Answers) => Values;
}

const hurts = (a: Answers, when: Answers['painWhen'][number]) => a.painWhen.includes(when);
const where = (a: Answers, place: Answers['painWhere'][number]) => a.painWhere.includes(place);
const plank = (a: Answers) => a.plankSeconds;
const toeTouch = (a: Answers) => (toeTouchAsked(a) ? a.toeTouch : 'not-tried');
/** The usual run: last week's distance over the run days. */
const usualRun = (a: Answers) => a.weeklyKm / Math.max(1, a.runDays.length);

/** The answer patterns behind each likely cause. Scores add up per cause and are capped at 1. */
export const CAUSE_RULES: readonly CauseRule[] = [
  // posture
  { cause: 'posture', weight: 0.6, when: (a) => a.runningPosture === 'hunched', reason: 'hunched-form' },
  { cause: 'posture', weight: 0.6, when: (a) => a.runningPosture === 'leaning-back', reason: 'leaning-back-form' },
  { cause: 'posture', weight: 0.2, when: (a) => hurts(a, 'during-run'), reason: 'hurts-during-run-form' },
  { cause: 'posture', weight: 0.2, when: (a) => hurts(a, 'sitting'), reason: 'hurts-sitting' },
  { cause: 'posture', weight: 0.2, when: (a) => a.sittingHours >= LONG_SITTING_HOURS, reason: 'long-sitting', values: (a) => ({ hours: a.sittingHours }) },
  // weak-core: a plank not tried gives no reason and no score.
  { cause: 'weak-core', weight: 0.6, when: (a) => plank(a) !== null && plank(a)! < PLANK.weakBelow, reason: 'plank-weak', values: (a) => ({ seconds: plank(a)! }) },
  { cause: 'weak-core', weight: 0.3, when: (a) => plank(a) !== null && plank(a)! >= PLANK.weakBelow && plank(a)! < PLANK.fairBelow, reason: 'plank-fair', values: (a) => ({ seconds: plank(a)! }) },
  { cause: 'weak-core', weight: 0.2, when: (a) => hurts(a, 'during-run'), reason: 'hurts-during-run-core' },
  // footwear
  { cause: 'footwear', weight: 0.7, when: (a) => a.shoeKm >= SHOES.replaceKm, reason: 'shoes-past-replace', values: (a) => ({ km: a.shoeKm }) },
  { cause: 'footwear', weight: 0.5, when: (a) => a.shoeKm >= SHOES.watchKm && a.shoeKm < SHOES.replaceKm, reason: 'shoes-near-replace', values: (a) => ({ km: a.shoeKm }) },
  { cause: 'footwear', weight: 0.4, when: (a) => a.shoeSupport === 'worn', reason: 'support-worn' },
  { cause: 'footwear', weight: 0.1, when: (a) => a.shoeSupport === 'unsure', reason: 'support-unsure' },
  // overtraining
  { cause: 'overtraining', weight: 0.7, when: (a) => a.weeklyIncreasePct > DISTANCE.fastGrowthPct, reason: 'fast-growth', values: (a) => ({ pct: a.weeklyIncreasePct }) },
  { cause: 'overtraining', weight: 0.5, when: (a) => a.weeklyIncreasePct > DISTANCE.saferGrowthPct && a.weeklyIncreasePct <= DISTANCE.fastGrowthPct, reason: 'growth-above-safer', values: (a) => ({ pct: a.weeklyIncreasePct }) },
  { cause: 'overtraining', weight: 0.3, when: (a) => a.runDays.length === 7, reason: 'no-rest-day' },
  { cause: 'overtraining', weight: 0.2, when: (a) => hurts(a, 'next-morning'), reason: 'hurts-next-morning' },
  {
    cause: 'overtraining',
    weight: 0.3,
    when: (a) => a.runDays.length >= 2 && a.weeklyKm > 0 && a.longestRunKm > usualRun(a) * DISTANCE.spikeFactor,
    reason: 'single-run-spike',
    values: (a) => ({ longestKm: a.longestRunKm, usualKm: usualRun(a) }),
  },
  // flexibility: morning pain is no sign of tight hamstrings (brief), so it is not counted here.
  { cause: 'flexibility', weight: 0.5, when: (a) => toeTouch(a) === 'no', reason: 'toes-no' },
  { cause: 'flexibility', weight: 0.2, when: (a) => toeTouch(a) === 'just', reason: 'toes-just' },
  { cause: 'flexibility', weight: 0.2, when: (a) => a.sittingHours >= LONG_SITTING_HOURS, reason: 'sitting-hip-flexors' },
  // spinal-condition
  { cause: 'spinal-condition', weight: 0.8, when: (a) => a.spinalDiagnosis !== 'none', reason: 'diagnosis', values: (a) => ({ diagnosis: a.spinalDiagnosis }) },
  { cause: 'spinal-condition', weight: 0.6, when: (a) => where(a, 'below-knee'), reason: 'below-knee' },
  { cause: 'spinal-condition', weight: 0.2, when: (a) => hurts(a, 'all-day'), reason: 'hurts-all-day' },
  // past-injury
  { cause: 'past-injury', weight: 0.7, when: (a) => a.pastInjury, reason: 'old-injury' },
  { cause: 'past-injury', weight: 0.1, when: (a) => where(a, 'one-side'), reason: 'one-side' },
  // leg-length
  { cause: 'leg-length', weight: 0.8, when: (a) => a.legLength === 'yes', reason: 'leg-length-known' },
  { cause: 'leg-length', weight: 0.5, when: (a) => a.legLength === 'unsure' && where(a, 'one-side'), reason: 'leg-length-unsure-one-side' },
  { cause: 'leg-length', weight: 0.1, when: (a) => a.legLength === 'unsure' && !where(a, 'one-side'), reason: 'leg-length-unsure' },
];
