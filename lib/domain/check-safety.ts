import type { Answers, RedFlag } from '../schemas/answers';
import type { Safety, Urgency } from '../schemas/plan';

/** Red flags that need care the same day (possible cauda equina). */
export const EMERGENCY_FLAGS: readonly RedFlag[] = ['saddle-numbness', 'bladder-bowel', 'both-legs', 'worsening-weakness'];

/** Each red flag in plain words, as a runner would say it to a doctor. */
export const RED_FLAG_WORDS: Record<RedFlag, string> = {
  'saddle-numbness': 'numbness around the groin, buttocks or inner thighs',
  'bladder-bowel': 'new trouble peeing, or not being able to hold pee or poo',
  'both-legs': 'weakness, numbness or pins and needles in both legs',
  'worsening-weakness': 'a leg that is getting weaker',
  'fever-unwell': 'a fever or feeling unwell along with the back pain',
  'weight-loss': 'weight loss you cannot explain',
  'cancer-history': 'having had cancer',
  trauma: 'a fall, crash or other hard knock to the back',
  'night-pain': 'constant pain at night or when resting',
};

const STOP_DIRECTIONS: Record<Urgency, string> = {
  emergency:
    'Get medical help today: go to an emergency department or call your emergency number now. These signs can mean the nerves at the base of the spine are squeezed, which needs treatment fast. Do not run or exercise until you have been seen.',
  urgent:
    'Please see a doctor in the next few days, before you start any routine. These signs need a proper check first. Do not run through the pain in the meantime.',
};

/** Reasons to see a physiotherapist or other clinician while still training gently. */
function referralReasons(a: Answers): string[] {
  const reasons: string[] = [];
  if (a.spinalDiagnosis !== 'none') reasons.push('you have a spinal diagnosis, so a clinician should shape your training');
  if (a.painWhere.includes('below-knee')) reasons.push('pain that spreads below the knee should be checked');
  if (a.legLength === 'yes') reasons.push('a leg-length difference is worth a professional assessment');
  if (a.painLevel >= 7) reasons.push(`pain of ${a.painLevel}/10 is high: runs pause until it settles`);
  if (a.painWeeks >= 6) reasons.push(`after ${a.painWeeks} weeks the pain should have eased; most back pain settles within 4 to 6`);
  return reasons;
}

/** The safety gate: red flags stop the plan; other warning signs refer the runner but still plan gently. */
export function checkSafety(a: Answers): Safety {
  if (a.redFlags.length > 0) {
    const urgency: Urgency = a.redFlags.some((f) => EMERGENCY_FLAGS.includes(f)) ? 'emergency' : 'urgent';
    const told = a.redFlags.map((f) => `You told us about ${RED_FLAG_WORDS[f]}.`);
    return { stop: true, urgency, referral: true, messages: [STOP_DIRECTIONS[urgency], ...told] };
  }
  const reasons = referralReasons(a);
  if (reasons.length === 0) return { stop: false, urgency: null, referral: false, messages: [] };
  return {
    stop: false,
    urgency: null,
    referral: true,
    messages: [
      'Book a physiotherapist or another qualified clinician. Until then, this plan keeps things gentle.',
      ...reasons.map((r) => r.charAt(0).toUpperCase() + r.slice(1) + '.'),
    ],
  };
}
