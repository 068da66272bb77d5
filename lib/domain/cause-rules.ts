import type { Answers } from '../schemas/answers';
import type { CauseId } from '../schemas/cause';
import { DISTANCE, LEG_LENGTH_CM, LONG_SITTING_HOURS, PLANK, SHOES } from '../schemas/thresholds';
import { toeTouchAsked } from './toe-touch-asked';
import type { DistanceWords } from './units';

/** One row of the cause table: when the answers match, the cause gains `weight` and the reason is shown. */
export interface CauseRule {
  cause: CauseId;
  weight: number;
  when: (a: Answers) => boolean;
  /** The reason in plain words; `d` says distances in the runner's units. */
  reason: (a: Answers, d: DistanceWords) => string;
}

const round = (n: number) => Math.round(n);
const hurts = (a: Answers, when: Answers['painWhen'][number]) => a.painWhen.includes(when);
const where = (a: Answers, place: Answers['painWhere'][number]) => a.painWhere.includes(place);
const plank = (a: Answers) => a.plankSeconds;

const toeTouch = (a: Answers) => (toeTouchAsked(a) ? a.toeTouch : 'not-tried');

const DIAGNOSIS_WORDS: Record<Exclude<Answers['spinalDiagnosis'], 'none'>, string> = {
  'herniated-disc': 'a herniated (slipped) disc',
  sciatica: 'sciatica',
  'degenerative-disc': 'degenerative disc changes',
  other: 'a back condition',
};

/** The answer patterns behind each likely cause. Scores add up per cause and are capped at 1. */
export const CAUSE_RULES: readonly CauseRule[] = [
  // posture
  { cause: 'posture', weight: 0.6, when: (a) => a.runningPosture === 'hunched', reason: () => 'You see yourself hunching forward when you run, which can load the lower back.' },
  { cause: 'posture', weight: 0.6, when: (a) => a.runningPosture === 'leaning-back', reason: () => 'You lean back when you run, which can arch and load the lower back.' },
  { cause: 'posture', weight: 0.2, when: (a) => hurts(a, 'during-run'), reason: () => 'It hurts during runs, when form matters most.' },
  { cause: 'posture', weight: 0.2, when: (a) => hurts(a, 'sitting'), reason: () => 'It hurts when you sit, so desk posture may play a part.' },
  { cause: 'posture', weight: 0.2, when: (a) => a.sittingHours >= LONG_SITTING_HOURS, reason: (a) => `You sit about ${round(a.sittingHours)} hours a day.` },
  // weak-core: a plank not tried gives no reason and no score.
  { cause: 'weak-core', weight: 0.6, when: (a) => plank(a) !== null && plank(a)! < PLANK.weakBelow, reason: (a) => `You hold a plank for ${round(plank(a)!)} s; under ${PLANK.weakBelow} s, the core tends to tire before the run ends.` },
  { cause: 'weak-core', weight: 0.3, when: (a) => plank(a) !== null && plank(a)! >= PLANK.weakBelow && plank(a)! < PLANK.fairBelow, reason: (a) => `Your ${round(plank(a)!)} s plank is fair; the plan builds towards ${PLANK.fairBelow} s and more.` },
  { cause: 'weak-core', weight: 0.2, when: (a) => hurts(a, 'during-run'), reason: () => 'Pain during runs can mean a tired core is letting form slip.' },
  // footwear
  { cause: 'footwear', weight: 0.7, when: (a) => a.shoeKm >= SHOES.replaceKm, reason: (a, d) => `Your shoes have about ${d.about(a.shoeKm)} on them: most pairs are worn out by about ${d.shoeReplace}.` },
  { cause: 'footwear', weight: 0.5, when: (a) => a.shoeKm >= SHOES.watchKm && a.shoeKm < SHOES.replaceKm, reason: (a, d) => `Your shoes have about ${d.about(a.shoeKm)} on them; most lose support between ${d.shoeWatch} and ${d.shoeReplace}.` },
  { cause: 'footwear', weight: 0.4, when: (a) => a.shoeSupport === 'worn', reason: () => 'The arch and heel support of your shoes feel worn.' },
  { cause: 'footwear', weight: 0.1, when: (a) => a.shoeSupport === 'unsure', reason: () => 'You are not sure how much support your shoes still give.' },
  // overtraining
  { cause: 'overtraining', weight: 0.7, when: (a) => a.weeklyIncreasePct > DISTANCE.fastGrowthPct, reason: (a) => `You add about ${round(a.weeklyIncreasePct)} % a week. Quick rises in running are linked with running injuries; the plan adds at most ${DISTANCE.saferGrowthPct} % a week.` },
  { cause: 'overtraining', weight: 0.5, when: (a) => a.weeklyIncreasePct > DISTANCE.saferGrowthPct && a.weeklyIncreasePct <= DISTANCE.fastGrowthPct, reason: (a) => `You add about ${round(a.weeklyIncreasePct)} % a week; the plan adds at most ${DISTANCE.saferGrowthPct} % a week.` },
  { cause: 'overtraining', weight: 0.3, when: (a) => a.runDays.length === 7, reason: () => 'You run every day, with no day for the body to recover.' },
  { cause: 'overtraining', weight: 0.2, when: (a) => hurts(a, 'next-morning'), reason: () => 'It hurts the next morning, which can be a sign the last run was more than you had recovered for.' },
  {
    cause: 'overtraining',
    weight: 0.3,
    when: (a) => a.runDays.length >= 2 && a.weeklyKm > 0 && a.longestRunKm > (a.weeklyKm / a.runDays.length) * DISTANCE.spikeFactor,
    reason: (a, d) => `Your longest recent run (about ${d.about(a.longestRunKm)}) is far beyond your usual run (about ${d.about(a.weeklyKm / a.runDays.length)}); single runs much longer than usual are linked with running injuries.`,
  },
  // flexibility
  { cause: 'flexibility', weight: 0.5, when: (a) => toeTouch(a) === 'no', reason: () => 'You cannot reach your toes, so tight hamstrings may tug on the pelvis.' },
  { cause: 'flexibility', weight: 0.2, when: (a) => toeTouch(a) === 'just', reason: () => 'You only just reach your toes.' },
  { cause: 'flexibility', weight: 0.2, when: (a) => a.sittingHours >= LONG_SITTING_HOURS, reason: () => 'Long hours sitting can leave the hip flexors tight.' },
  // spinal-condition
  { cause: 'spinal-condition', weight: 0.8, when: (a) => a.spinalDiagnosis !== 'none', reason: (a) => `A clinician has found ${DIAGNOSIS_WORDS[a.spinalDiagnosis as keyof typeof DIAGNOSIS_WORDS]}.` },
  { cause: 'spinal-condition', weight: 0.6, when: (a) => where(a, 'below-knee'), reason: () => 'Pain spreads below the knee, which can mean an irritated nerve.' },
  { cause: 'spinal-condition', weight: 0.2, when: (a) => hurts(a, 'all-day'), reason: () => 'It hurts all day, not only around runs.' },
  // past-injury
  { cause: 'past-injury', weight: 0.7, when: (a) => a.pastInjury, reason: () => 'A foot, ankle, knee or hip injury in the last two years can change your stride.' },
  { cause: 'past-injury', weight: 0.1, when: (a) => where(a, 'one-side'), reason: () => 'The pain sits on one side.' },
  // leg-length
  { cause: 'leg-length', weight: 0.8, when: (a) => a.legLength === 'yes', reason: () => `A clinician found a leg-length difference; one over about ${LEG_LENGTH_CM} cm can change your stride.` },
  { cause: 'leg-length', weight: 0.5, when: (a) => a.legLength === 'unsure' && where(a, 'one-side'), reason: () => 'You are unsure about leg length and the pain sits on one side: worth a check.' },
  { cause: 'leg-length', weight: 0.1, when: (a) => a.legLength === 'unsure' && !where(a, 'one-side'), reason: () => 'You are unsure whether your legs differ in length.' },
];
