import type { Answers, RedFlag } from '../schemas/answers';
import type { Urgency } from '../schemas/plan';
import type { ReferralData, SafetyData, Values } from '../schemas/plan-data';
import { INFLAMMATORY, MIN_AGE, PAIN, REFER } from '../schemas/thresholds';

/** The NHS "call 999 / go to A&E" list: these stop with "get help now". */
export const EMERGENCY_FLAGS: readonly RedFlag[] = [
  'saddle-numbness',
  'bladder-bowel',
  'sexual-function',
  'both-legs',
  'worsening-weakness',
  'chest-pain',
  'serious-accident',
];

/** Flags that happened once (history), not symptoms felt now. */
export const HISTORY_FLAGS: readonly RedFlag[] = ['cancer-history', 'serious-accident', 'trauma', 'recent-surgery'];

/** What one ticked flag means for these answers: stop now, stop today, or refer and plan gently. */
export type FlagLevel = 'emergency' | 'urgent' | 'refer';

/** Options that place the answers in time. */
export interface SafetyOptions {
  /** Whole weeks since the answers were given; pain duration adds them. */
  weeksSinceAnswers?: number;
}

/** The triage result: data only (lib/words/safety-words.ts says it). `gentle` is the routine's, added by the pipeline. */
export type Triage = Omit<SafetyData, 'gentle'>;

const hasRisk = (a: Answers, ...risks: Answers['riskFactors']) => risks.some((r) => a.riskFactors.includes(r));

/** How urgent one flag is for these answers (first match in the brief's table). */
export function flagLevel(flag: RedFlag, a: Answers): FlagLevel {
  switch (flag) {
    case 'fever-unwell':
      // A high temperature with a weakened immune system may be a spinal infection.
      return hasRisk(a, 'immune-weak', 'steroids') ? 'emergency' : 'urgent';
    case 'cough-sneeze':
      // Expected with a disc problem or sciatica: refer and plan gently instead of stopping.
      return a.spinalDiagnosis === 'herniated-disc' || a.spinalDiagnosis === 'sciatica' ? 'refer' : 'urgent';
    case 'trauma':
      // A fall or knock that was not a serious accident: urgent only where bones may be fragile.
      return (a.age !== null && a.age >= REFER.traumaUrgentFrom) || hasRisk(a, 'osteoporosis', 'steroids') ? 'urgent' : 'refer';
    default:
      return EMERGENCY_FLAGS.includes(flag) ? 'emergency' : 'urgent';
  }
}

/** Weeks of pain in all: as answered, plus the weeks since. */
export const totalPainWeeks = (a: Answers, options: SafetyOptions = {}) => a.painWeeks + (options.weeksSinceAnswers ?? 0);

/** The signs of the inflammatory pattern present in the answers (none when age is not given). */
export function inflammatorySigns(a: Answers, options: SafetyOptions = {}): ('morning-stiffness' | 'night-waking' | 'buttock' | 'early-onset')[] {
  if (a.age === null) return [];
  const onsetAge = a.age - a.painWeeks / 52;
  if (onsetAge >= INFLAMMATORY.onsetBefore || totalPainWeeks(a, options) < INFLAMMATORY.minWeeks) return [];
  const signs: ('morning-stiffness' | 'night-waking' | 'buttock' | 'early-onset')[] = [];
  if (a.morningStiffness === 'long') signs.push('morning-stiffness');
  if (a.nightWaking) signs.push('night-waking');
  if (a.painWhere.includes('buttock')) signs.push('buttock');
  if (onsetAge < INFLAMMATORY.earlyOnsetBefore) signs.push('early-onset');
  return signs.length >= INFLAMMATORY.minSigns ? signs : [];
}

/** Reasons to see a physiotherapist or other clinician while the plan goes on (brief, rule 3). */
function referralReasons(a: Answers, referFlags: readonly RedFlag[], options: SafetyOptions): ReferralData[] {
  const weeks = totalPainWeeks(a, options);
  const reasons: ReferralData[] = [];
  const add = (id: ReferralData['id'], values: Values = {}) => reasons.push({ id, values });
  if (a.spinalDiagnosis !== 'none') add('spinal-diagnosis');
  if (a.painWhere.includes('below-knee')) add('below-knee');
  if (a.legLength === 'yes') add('leg-length');
  if (a.painLevel >= REFER.painFrom) add('high-pain', { pain: a.painLevel });
  if (weeks >= REFER.painWeeks) add('long-pain', { weeks });
  if (a.age !== null && a.age >= REFER.olderFrom && weeks >= REFER.agePainWeeks) add('older-new-pain');
  if (a.age !== null && a.age < REFER.youngerBelow && weeks >= REFER.agePainWeeks) add('younger-new-pain');
  const signs = inflammatorySigns(a, options);
  if (signs.length > 0) add('inflammatory', { signs });
  if (a.riskFactors.length > 0) add('risk-factors', { factors: a.riskFactors });
  if (a.pregnancy === 'pregnant-under-16-weeks' || a.pregnancy === 'pregnant-16-weeks-plus') add('pregnancy', { stage: a.pregnancy });
  if (a.pregnancy === 'postpartum-under-12-weeks' || a.pregnancy === 'postpartum-under-12-months') add('postpartum', { stage: a.pregnancy });
  if (a.clearedFlags.length > 0) add('cleared-flags', { restart: clearanceNeedsRestart(a) });
  if (referFlags.includes('cough-sneeze')) add('cough-sneeze-diagnosed');
  if (referFlags.includes('trauma')) add('minor-trauma', { ageKnown: a.age !== null });
  return reasons;
}

/** What the stop's words need to say why: the pain given, and why fever or a fall is urgent here. */
function stopValues(a: Answers, flags: readonly RedFlag[]): Values {
  const values: Record<string, string | number> = { pain: a.painLevel };
  if (flags.includes('fever-unwell') && hasRisk(a, 'immune-weak', 'steroids')) values.fever = 'weak-immunity';
  if (flags.includes('trauma')) values.trauma = a.age !== null && a.age >= REFER.traumaUrgentFrom ? 'age' : a.riskFactors.includes('osteoporosis') ? 'osteoporosis' : 'steroids';
  return values;
}

const stopped = (a: Answers, urgency: Urgency, flags: RedFlag[]): Triage => ({ stop: true, urgency, flags, stopValues: stopValues(a, flags), referral: true, referralReasons: [] });

/**
 * The safety gate, rules v2, first match wins: under 18; an emergency flag; an urgent flag; pain
 * 9-10; then the reasons to refer while still planning. Flags a clinician has cleared do not stop.
 */
export function triage(a: Answers, options: SafetyOptions = {}): Triage {
  if (a.age !== null && a.age < MIN_AGE) return stopped(a, 'not-adult', []);
  const active = a.redFlags.filter((f) => !a.clearedFlags.includes(f));
  const emergency = active.filter((f) => flagLevel(f, a) === 'emergency');
  if (emergency.length > 0) return stopped(a, 'emergency', emergency);
  const urgent = active.filter((f) => flagLevel(f, a) === 'urgent');
  if (urgent.length > 0) return stopped(a, 'urgent', urgent);
  if (a.painLevel >= PAIN.stopFrom) return stopped(a, 'severe-pain', []);
  const reasons = referralReasons(a, active, options);
  return { stop: false, urgency: null, flags: [], stopValues: {}, referral: reasons.length > 0, referralReasons: reasons };
}

/**
 * After a clearance, a standing start in gentle mode: a cleared emergency or bone-stress flag, or
 * any cleared flag with no running last week (the safer reading of "two weeks or more without").
 */
export function clearanceNeedsRestart(a: Answers): boolean {
  if (a.clearedFlags.length === 0) return false;
  const notRunning = a.weeklyKm === 0 || a.weeklyIncreasePct <= -100;
  return notRunning || a.clearedFlags.some((f) => f === 'bone-stress' || flagLevel(f, a) === 'emergency');
}
