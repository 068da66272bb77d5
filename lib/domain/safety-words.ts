import type { Answers, RedFlag } from '../schemas/answers';
import type { ReferralReason, Safety, Urgency } from '../schemas/plan';
import { MIN_AGE, PAIN, REFER } from '../schemas/thresholds';
import { clearanceNeedsRestart, inflammatorySigns, totalPainWeeks, triage, type SafetyOptions, type Triage } from './check-safety';

/** Each red flag as the runner told it, for "You told us about ...". */
export const RED_FLAG_WORDS: Record<RedFlag, string> = {
  'saddle-numbness': 'numbness or tingling between your legs (genitals, back passage, buttocks or inner thighs)',
  'bladder-bowel': 'a new change in peeing or pooing, or in bladder or bowel control',
  'sexual-function': 'new loss of feeling in the genitals, or new trouble with erections',
  'both-legs': 'pain, tingling, weakness or numbness spreading down both legs',
  'worsening-weakness': 'a leg or foot that is getting weaker',
  'chest-pain': 'chest pain along with the back pain',
  'serious-accident': 'back pain that started after a serious accident',
  'fever-unwell': 'a high temperature, or feeling hot and shivery, with the back pain',
  'weight-loss': 'losing weight without trying',
  'cancer-history': 'having had cancer',
  'back-lump': 'a lump or swelling on your back, or a change in its shape',
  'night-pain': 'pain at rest or at night that no position eases',
  'cough-sneeze': 'pain made much worse by coughing, sneezing or straining',
  'upper-back': 'pain mainly between the shoulder blades',
  trauma: 'back pain that started after a fall or knock',
  'bone-stress': 'pain in one spot low in the back, pelvis, buttock or groin that grows the more you run',
  'recent-surgery': 'an operation on your spine in the last 12 months',
};

/** What to do, by kind of stop: emergencies say "now", urgent ones "today". */
export const STOP_DIRECTIONS: Record<Urgency, string> = {
  emergency:
    'Get help now: go to an emergency department (A&E) or call your local emergency number. Do not wait to see if it passes, and do not run or exercise until you have been seen.',
  urgent:
    'Contact a doctor today: ask for an urgent GP appointment, or call your local urgent-care line (NHS 111 in England). No running and no routine until you have been checked.',
  'severe-pain': `Pain of ${PAIN.stopFrom} or ${PAIN.stopFrom + 1} out of 10 needs a doctor: see a GP soon, and call your urgent-care line now if you cannot cope or it is getting worse. No running and no routine until your worst pain is ${PAIN.stopLiftsAtOrBelow}/10 or less.`,
  'not-adult': `Backstride is made for adults (${MIN_AGE} and over). For back pain under ${MIN_AGE}, please see a GP or a physiotherapist.`,
};

/** Extra words for a flag whose urgency depends on other answers. */
function flagContext(flag: RedFlag, a: Answers): string {
  if (flag === 'fever-unwell' && a.riskFactors.some((r) => r === 'immune-weak' || r === 'steroids')) {
    return ', with a weakened immune system or steroid tablets (an infection needs ruling out)';
  }
  if (flag === 'trauma') {
    if (a.age !== null && a.age >= REFER.traumaUrgentFrom) return `, at ${REFER.traumaUrgentFrom} or over`;
    return a.riskFactors.includes('osteoporosis') ? ', with fragile bones' : ', while taking steroid tablets';
  }
  return '';
}

/** The stop's words: the direction, then each flag behind it. */
export function stopMessages(t: Triage, a: Answers): string[] {
  if (!t.urgency) return [];
  const told = t.flags.map((f) => `You told us about ${RED_FLAG_WORDS[f]}${flagContext(f, a)}.`);
  const pain = t.urgency === 'severe-pain' ? [`You gave your pain as ${a.painLevel}/10.`] : [];
  return [STOP_DIRECTIONS[t.urgency], ...told, ...pain];
}

const RISK_WORDS: Record<Answers['riskFactors'][number], string> = {
  steroids: 'long-term steroid tablets',
  osteoporosis: 'osteoporosis (or a bone broken in a minor fall)',
  'immune-weak': 'a weakened immune system',
};

const INFLAMMATORY_WORDS = {
  'morning-stiffness': 'morning stiffness that lasts over half an hour',
  'night-waking': 'waking with pain in the second half of the night',
  buttock: 'pain into the buttock',
  'early-onset': 'pain that began before 35',
} as const;

/** "a, b and c" */
const listWords = (words: readonly string[]) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

/** One line per referral reason, saying truthfully what the plan does about it. */
function reasonLine(reason: ReferralReason, a: Answers, options: SafetyOptions): string {
  switch (reason) {
    case 'spinal-diagnosis':
      return 'You have a diagnosed back condition, so a clinician should shape your training. The plan keeps to gentle, low-load moves.';
    case 'below-knee':
      return 'Pain that spreads below the knee should be checked. Meanwhile the plan stays gentle.';
    case 'leg-length':
      return 'A leg-length difference is worth a professional assessment.';
    case 'high-pain':
      return `Pain of ${a.painLevel}/10 is high: runs pause until it is below ${PAIN.pauseFrom}, and moves stay gentle while it is ${PAIN.redFrom} or more.`;
    case 'long-pain':
      return `Pain that has lasted ${REFER.painWeeks} weeks or more (${totalPainWeeks(a, options)} so far) deserves a clinician's look.`;
    case 'older-new-pain':
      return `At ${REFER.olderFrom} or over, back pain that lasts ${REFER.agePainWeeks} weeks or more is worth showing a GP.`;
    case 'younger-new-pain':
      return `Under ${REFER.youngerBelow}, back pain that lasts ${REFER.agePainWeeks} weeks or more is worth showing a GP.`;
    case 'inflammatory': {
      const signs = inflammatorySigns(a, options).map((s) => INFLAMMATORY_WORDS[s]);
      return `Some answers fit together (${signs.join(', ')}): ask a GP about inflammatory back pain.`;
    }
    case 'risk-factors':
      return `With ${listWords(a.riskFactors.map((r) => RISK_WORDS[r]))}, a clinician should know about your back pain.`;
    case 'pregnancy':
      return a.pregnancy === 'pregnant-16-weeks-plus'
        ? 'Pregnant: check your plan with your midwife, GP or a physiotherapist. It adds no distance, leaves out high-impact drills and anything lying flat on your back.'
        : 'Pregnant: check your plan with your midwife, GP or a physiotherapist. It adds no distance and leaves out high-impact drills.';
    case 'postpartum':
      return a.pregnancy === 'postpartum-under-12-weeks'
        ? 'Under 12 weeks after giving birth: no running yet, just walking and the strength work. A pelvic-health physiotherapist can guide your return to running.'
        : 'In the first year after giving birth, leaking, heaviness or pelvic pain when you run means seeing a pelvic-health physiotherapist before running on.';
    case 'cleared-flags':
      return clearanceNeedsRestart(a)
        ? 'A clinician has checked the warning signs you told us about. Any running restarts as run/walk, and the plan stays gentle. If anything comes back or gets worse, stop and get checked again.'
        : 'A clinician has checked the warning signs you told us about. If anything comes back or gets worse, stop and get checked again.';
    case 'cough-sneeze-diagnosed':
      return 'Pain that coughing or sneezing makes worse is common with a disc problem or sciatica: tell your clinician. Meanwhile the plan stays gentle.';
    case 'minor-trauma':
      return a.age === null
        ? `Pain that began after a fall or knock should be checked by a physiotherapist or GP; if you are ${REFER.traumaUrgentFrom} or over, contact a doctor today instead. Meanwhile the plan stays gentle.`
        : 'Pain that began after a fall or knock should be checked by a physiotherapist or GP. Meanwhile the plan stays gentle.';
  }
}

/** The referral's words: a heading line that says whether the plan is gentle, then one line per reason. */
export function referralMessages(t: Triage, a: Answers, gentle: boolean, options: SafetyOptions = {}): string[] {
  if (!t.referral || t.stop) return [];
  const head = gentle
    ? 'See a physiotherapist or another qualified clinician. Until then, the plan keeps things gentle.'
    : 'See a physiotherapist or another qualified clinician. The plan goes on meanwhile.';
  return [head, ...t.referralReasons.map((r) => reasonLine(r, a, options))];
}

/** The safety gate with its words. `gentle` (from the routine) decides what the referral may promise. */
export function checkSafety(a: Answers, options: SafetyOptions = {}, gentle = false): Safety {
  const t = triage(a, options);
  return { ...t, messages: t.stop ? stopMessages(t, a) : referralMessages(t, a, gentle, options) };
}

