import type { Answers } from '../schemas/answers';
import type { ReasonData, ReasonId, Values } from '../schemas/plan-data';
import { DISTANCE, LEG_LENGTH_CM, PLANK } from '../schemas/thresholds';
import type { DistanceWords } from '../domain/units';

const DIAGNOSIS_WORDS: Record<Exclude<Answers['spinalDiagnosis'], 'none'>, string> = {
  'herniated-disc': 'a herniated (slipped) disc',
  sciatica: 'sciatica',
  'degenerative-disc': 'degenerative disc changes',
  other: 'a back condition',
};

const n = (v: Values, key: string) => Math.round(v[key] as number);

/** Each reason in plain words; `d` says distances in the runner's units. */
const REASON_WORDS: Record<ReasonId, (v: Values, d: DistanceWords) => string> = {
  'hunched-form': () => 'You see yourself hunching forward when you run, which can load the lower back.',
  'leaning-back-form': () => 'You lean back when you run, which can arch and load the lower back.',
  'hurts-during-run-form': () => 'It hurts during runs, when form matters most.',
  'hurts-sitting': () => 'It hurts when you sit, so desk posture may play a part.',
  'long-sitting': (v) => `You sit about ${n(v, 'hours')} hours a day.`,
  'plank-weak': (v) => `You hold a plank for ${n(v, 'seconds')} s; under ${PLANK.weakBelow} s, the core tends to tire before the run ends.`,
  'plank-fair': (v) => `Your ${n(v, 'seconds')} s plank is fair; the plan builds towards ${PLANK.fairBelow} s and more.`,
  'hurts-during-run-core': () => 'Pain during runs can mean a tired core is letting form slip.',
  'shoes-past-replace': (v, d) => `Your shoes have about ${d.about(v.km as number)} on them: most pairs are worn out by about ${d.shoeReplace}.`,
  'shoes-near-replace': (v, d) => `Your shoes have about ${d.about(v.km as number)} on them; most lose support between ${d.shoeWatch} and ${d.shoeReplace}.`,
  'support-worn': () => 'The arch and heel support of your shoes feel worn.',
  'support-unsure': () => 'You are not sure how much support your shoes still give.',
  'fast-growth': (v) => `You add about ${n(v, 'pct')} % a week. Quick rises in running are linked with running injuries; the plan adds at most ${DISTANCE.saferGrowthPct} % a week.`,
  'growth-above-safer': (v) => `You add about ${n(v, 'pct')} % a week; the plan adds at most ${DISTANCE.saferGrowthPct} % a week.`,
  'no-rest-day': () => 'You run every day, with no day for the body to recover.',
  'hurts-next-morning': () => 'It hurts the next morning, which can be a sign the last run was more than you had recovered for.',
  'single-run-spike': (v, d) =>
    `Your longest recent run (about ${d.about(v.longestKm as number)}) is far beyond your usual run (about ${d.about(v.usualKm as number)}); single runs much longer than usual are linked with running injuries.`,
  'toes-no': () => 'You cannot reach your toes, so tight hamstrings may tug on the pelvis.',
  'toes-just': () => 'You only just reach your toes.',
  'sitting-hip-flexors': () => 'Long hours sitting can leave the hip flexors tight.',
  diagnosis: (v) => `A clinician has found ${DIAGNOSIS_WORDS[v.diagnosis as keyof typeof DIAGNOSIS_WORDS] ?? 'a back condition'}.`,
  'below-knee': () => 'Pain spreads below the knee, which can mean an irritated nerve.',
  'hurts-all-day': () => 'It hurts all day, not only around runs.',
  'old-injury': () => 'A foot, ankle, knee or hip injury in the last two years can change your stride.',
  'one-side': () => 'The pain sits on one side.',
  'leg-length-known': () => `A clinician found a leg-length difference; one over about ${LEG_LENGTH_CM} cm can change your stride.`,
  'leg-length-unsure-one-side': () => 'You are unsure about leg length and the pain sits on one side: worth a check.',
  'leg-length-unsure': () => 'You are unsure whether your legs differ in length.',
};

/** A cause's reason as the runner reads it. */
export const reasonWords = (r: ReasonData, d: DistanceWords) => REASON_WORDS[r.id](r.values, d);
