import type { Answers, RedFlag } from '../schemas/answers';
import type { Safety, Urgency } from '../schemas/plan';
import type { ReferralData, SafetyData } from '../schemas/plan-data';
import { MIN_AGE, PAIN, REFER } from '../schemas/thresholds';
import type { Triage } from '../domain/check-safety';

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
    'Get help now: go to an emergency department (A&E) or call your emergency number (999 in the UK, 112 across Europe, 911 in the US). Do not wait to see if it passes, and do not run or exercise until you have been seen.',
  urgent:
    'Contact a doctor today: ask for an urgent GP appointment, or call your local urgent-care line (NHS 111 in England). No running and no routine until you have been checked.',
  'severe-pain': `Pain of ${PAIN.stopFrom} or ${PAIN.stopFrom + 1} out of 10 needs a doctor: see a GP soon, and call your urgent-care line now if you cannot cope or it is getting worse. No running and no routine until your worst pain is ${PAIN.stopLiftsAtOrBelow}/10 or less.`,
  'not-adult': `Backstride is made for adults (${MIN_AGE} and over). For back pain under ${MIN_AGE}, please see a GP or a physiotherapist.`,
};

/** Extra words for a flag whose urgency depends on other answers. */
function flagContext(flag: RedFlag, t: Pick<Triage, 'stopValues'>): string {
  if (flag === 'fever-unwell' && t.stopValues.fever === 'weak-immunity') return ', with a weakened immune system or steroid tablets (an infection needs ruling out)';
  if (flag === 'trauma') {
    if (t.stopValues.trauma === 'age') return `, at ${REFER.traumaUrgentFrom} or over`;
    return t.stopValues.trauma === 'osteoporosis' ? ', with fragile bones' : ', while taking steroid tablets';
  }
  return '';
}

/** The stop's words: the direction, then each flag behind it. */
export function stopMessages(t: Pick<Triage, 'urgency' | 'flags' | 'stopValues'>): string[] {
  if (!t.urgency) return [];
  const told = t.flags.map((f) => `You told us about ${RED_FLAG_WORDS[f]}${flagContext(f, t)}.`);
  const pain = t.urgency === 'severe-pain' ? [`You gave your pain as ${t.stopValues.pain}/10.`] : [];
  return [STOP_DIRECTIONS[t.urgency], ...told, ...pain];
}

const RISK_WORDS: Record<Answers['riskFactors'][number], string> = {
  steroids: 'long-term steroid tablets',
  osteoporosis: 'osteoporosis (or a bone broken in a minor fall)',
  'immune-weak': 'a weakened immune system',
};

const INFLAMMATORY_WORDS: Record<string, string> = {
  'morning-stiffness': 'morning stiffness that lasts over half an hour',
  'night-waking': 'waking with pain in the second half of the night',
  buttock: 'pain into the buttock',
  'early-onset': 'pain that began before 35',
};

/** "a, b and c" */
const listWords = (words: readonly string[]) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

/** One line per referral reason, saying truthfully what the plan does about it. */
function reasonLine({ id, values: v }: ReferralData): string {
  switch (id) {
    case 'spinal-diagnosis':
      return 'You have a diagnosed back condition, so a clinician should shape your training. The plan keeps to gentle, low-load moves.';
    case 'below-knee':
      return 'Pain that spreads below the knee should be checked. Meanwhile the exercises stay gentle.';
    case 'leg-length':
      return 'A leg-length difference is worth a professional assessment.';
    case 'high-pain':
      return `Pain of ${v.pain}/10 is high: runs pause until it is below ${PAIN.pauseFrom}, and moves stay gentle while it is ${PAIN.redFrom} or more.`;
    case 'long-pain':
      return `Pain that has lasted ${REFER.painWeeks} weeks or more (${v.weeks} so far) deserves a clinician's look.`;
    case 'older-new-pain':
      return `At ${REFER.olderFrom} or over, back pain that lasts ${REFER.agePainWeeks} weeks or more is worth showing a GP.`;
    case 'younger-new-pain':
      return `Under ${REFER.youngerBelow}, back pain that lasts ${REFER.agePainWeeks} weeks or more is worth showing a GP.`;
    case 'inflammatory':
      return `Some answers fit together (${(v.signs as string[]).map((s) => INFLAMMATORY_WORDS[s]).join(', ')}): ask a GP about inflammatory back pain.`;
    case 'risk-factors':
      return `With ${listWords((v.factors as Answers['riskFactors']).map((r) => RISK_WORDS[r]))}, a clinician should know about your back pain.`;
    case 'pregnancy':
      return v.stage === 'pregnant-16-weeks-plus'
        ? 'Pregnant: check your plan with your midwife, GP or a physiotherapist. It adds no distance, leaves out high-impact drills and anything lying flat on your back.'
        : 'Pregnant: check your plan with your midwife, GP or a physiotherapist. It adds no distance and leaves out high-impact drills.';
    case 'postpartum':
      return v.stage === 'postpartum-under-12-weeks'
        ? 'Under 12 weeks after giving birth: no running yet, just walking and the strength work. A pelvic-health physiotherapist can guide your return to running.'
        : 'In the first year after giving birth, leaking, heaviness or pelvic pain when you run means seeing a pelvic-health physiotherapist before running on.';
    case 'cleared-flags':
      return v.restart
        ? 'A clinician has checked the warning signs you told us about. Any running restarts as run/walk, and the exercises stay gentle. If anything comes back or gets worse, stop and get checked again.'
        : 'A clinician has checked the warning signs you told us about. If anything comes back or gets worse, stop and get checked again.';
    case 'cough-sneeze-diagnosed':
      return 'Pain that coughing or sneezing makes worse is common with a disc problem or sciatica: tell your clinician. Meanwhile the exercises stay gentle.';
    case 'not-improving':
      return 'Not improving as expected: see a physiotherapist. The plan holds its step and distance until you have.';
    case 'programme-ended':
      return 'Two hard weeks in a row: the programme stops here, with no runs. See a physiotherapist before starting again.';
    case 'minor-trauma':
      return v.ageKnown
        ? 'Pain that began after a fall or knock should be checked by a physiotherapist or GP. Meanwhile the exercises stay gentle.'
        : `Pain that began after a fall or knock should be checked by a physiotherapist or GP; if you are ${REFER.traumaUrgentFrom} or over, contact a doctor today instead. Meanwhile the exercises stay gentle.`;
  }
}

/** The referral's words: a heading line that says whether the plan is gentle, then one line per reason. */
export function referralMessages(s: Pick<SafetyData, 'stop' | 'referral' | 'referralReasons' | 'gentle'>): string[] {
  if (!s.referral || s.stop) return [];
  const head = s.gentle
    ? 'See a physiotherapist or another qualified clinician. Until then, the exercises stay gentle: first versions, easy doses, no jumping drills.'
    : 'See a physiotherapist or another qualified clinician. The plan goes on meanwhile.';
  return [head, ...s.referralReasons.map(reasonLine)];
}

/** The safety result in words, as the plan carries it. */
export function safetyWords(s: SafetyData): Safety {
  return {
    stop: s.stop,
    urgency: s.urgency,
    flags: s.flags,
    referral: s.referral,
    referralReasons: s.referralReasons.map((r) => r.id),
    messages: s.stop ? stopMessages(s) : referralMessages(s),
  };
}

export type { Urgency };
