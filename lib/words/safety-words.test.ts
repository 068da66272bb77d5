import { describe, expect, it } from 'vitest';
import type { RedFlag } from '../schemas/answers';
import type { ReferralData, SafetyData } from '../schemas/plan-data';
import { referralMessages, safetyWords, stopMessages } from './safety-words';

const EMERGENCY = 'Get help now: go to an emergency department (A&E) or call your emergency number (999 in the UK, 112 across Europe, 911 in the US). Do not wait to see if it passes, and do not run or exercise until you have been seen.';
const URGENT = 'Contact a doctor today: ask for an urgent GP appointment, or call your local urgent-care line (NHS 111 in England). No running and no routine until you have been checked.';

describe('stopMessages', () => {
  it.each<[Parameters<typeof stopMessages>[0], string[]]>([
    [{ urgency: 'emergency', flags: ['saddle-numbness', 'fever-unwell'], stopValues: { fever: 'weak-immunity' } }, [EMERGENCY, 'You told us about numbness or tingling between your legs (genitals, back passage, buttocks or inner thighs).', 'You told us about a high temperature, or feeling hot and shivery, with the back pain, with a weakened immune system or steroid tablets (an infection needs ruling out).']],
    [{ urgency: 'urgent', flags: ['fever-unwell', 'trauma'], stopValues: { trauma: 'age' } }, [URGENT, 'You told us about a high temperature, or feeling hot and shivery, with the back pain.', 'You told us about back pain that started after a fall or knock, at 50 or over.']],
    [{ urgency: 'urgent', flags: ['trauma'], stopValues: { trauma: 'osteoporosis' } }, [URGENT, 'You told us about back pain that started after a fall or knock, with fragile bones.']],
    [{ urgency: 'urgent', flags: ['trauma'], stopValues: { trauma: 'steroids' } }, [URGENT, 'You told us about back pain that started after a fall or knock, while taking steroid tablets.']],
    [{ urgency: 'severe-pain', flags: [], stopValues: { pain: 9 } }, ['Pain of 9 or 10 out of 10 needs a doctor: see a GP soon, and call your urgent-care line now if you cannot cope or it is getting worse. No running and no routine until your worst pain is 8/10 or less.', 'You gave your pain as 9/10.']],
    [{ urgency: 'not-adult', flags: [], stopValues: {} }, ['Backstride is made for adults (18 and over). For back pain under 18, please see a GP or a physiotherapist.']],
    [{ urgency: null, flags: [], stopValues: {} }, []],
  ])('%j', (triage, messages) => expect(stopMessages(triage)).toEqual(messages));

  it.each<[RedFlag, string]>([
    ['saddle-numbness', 'numbness or tingling between your legs (genitals, back passage, buttocks or inner thighs)'],
    ['bladder-bowel', 'a new change in peeing or pooing, or in bladder or bowel control'],
    ['sexual-function', 'new loss of feeling in the genitals, or new trouble with erections'],
    ['both-legs', 'pain, tingling, weakness or numbness spreading down both legs'],
    ['worsening-weakness', 'a leg or foot that is getting weaker'],
    ['chest-pain', 'chest pain along with the back pain'],
    ['serious-accident', 'back pain that started after a serious accident'],
    ['fever-unwell', 'a high temperature, or feeling hot and shivery, with the back pain'],
    ['weight-loss', 'losing weight without trying'],
    ['cancer-history', 'having had cancer'],
    ['back-lump', 'a lump or swelling on your back, or a change in its shape'],
    ['night-pain', 'pain at rest or at night that no position eases'],
    ['cough-sneeze', 'pain made much worse by coughing, sneezing or straining'],
    ['upper-back', 'pain mainly between the shoulder blades'],
    ['trauma', 'back pain that started after a fall or knock'],
    ['bone-stress', 'pain in one spot low in the back, pelvis, buttock or groin that grows the more you run'],
    ['recent-surgery', 'an operation on your spine in the last 12 months'],
  ])('tells the flag %s back as "%s"', (flag, words) => {
    expect(stopMessages({ urgency: 'urgent', flags: [flag], stopValues: {} })[1]).toBe(`You told us about ${words}${flag === 'trauma' ? ', while taking steroid tablets' : ''}.`);
  });
});

describe('referralMessages', () => {
  it.each<[ReferralData['id'], ReferralData['values'], string]>([
    ['spinal-diagnosis', {}, 'You have a diagnosed back condition, so a clinician should shape your training. The plan keeps to gentle, low-load moves.'],
    ['below-knee', {}, 'Pain that spreads below the knee should be checked. Meanwhile the exercises stay gentle.'],
    ['leg-length', {}, 'A leg-length difference is worth a professional assessment.'],
    ['high-pain', { pain: 7 }, 'Pain of 7/10 is high: runs pause until it is below 7, and moves stay gentle while it is 6 or more.'],
    ['long-pain', { weeks: 8 }, 'Pain that has lasted 6 weeks or more (8 so far) deserves a clinician\'s look.'],
    ['older-new-pain', {}, 'At 50 or over, back pain that lasts 4 weeks or more is worth showing a GP.'],
    ['younger-new-pain', {}, 'Under 20, back pain that lasts 4 weeks or more is worth showing a GP.'],
    ['inflammatory', { signs: ['morning-stiffness', 'night-waking', 'buttock', 'early-onset'] }, 'Some answers fit together (morning stiffness that lasts over half an hour, waking with pain in the second half of the night, pain into the buttock, pain that began before 35): ask a GP about inflammatory back pain.'],
    ['risk-factors', { factors: ['steroids'] }, 'With long-term steroid tablets, a clinician should know about your back pain.'],
    ['risk-factors', { factors: ['steroids', 'osteoporosis', 'immune-weak'] }, 'With long-term steroid tablets, osteoporosis (or a bone broken in a minor fall) and a weakened immune system, a clinician should know about your back pain.'],
    ['risk-factors', { factors: ['osteoporosis', 'immune-weak'] }, 'With osteoporosis (or a bone broken in a minor fall) and a weakened immune system, a clinician should know about your back pain.'],
    ['pregnancy', { stage: 'pregnant-16-weeks-plus' }, 'Pregnant: check your plan with your midwife, GP or a physiotherapist. It adds no distance, leaves out high-impact drills and anything lying flat on your back.'],
    ['pregnancy', { stage: 'pregnant-under-16-weeks' }, 'Pregnant: check your plan with your midwife, GP or a physiotherapist. It adds no distance and leaves out high-impact drills.'],
    ['postpartum', { stage: 'postpartum-under-12-weeks' }, 'Under 12 weeks after giving birth: no running yet, just walking and the strength work. A pelvic-health physiotherapist can guide your return to running.'],
    ['postpartum', { stage: 'postpartum-under-12-months' }, 'In the first year after giving birth, leaking, heaviness or pelvic pain when you run means seeing a pelvic-health physiotherapist before running on.'],
    ['cleared-flags', { restart: true }, 'A clinician has checked the warning signs you told us about. Any running restarts as run/walk, and the exercises stay gentle. If anything comes back or gets worse, stop and get checked again.'],
    ['cleared-flags', { restart: false }, 'A clinician has checked the warning signs you told us about. If anything comes back or gets worse, stop and get checked again.'],
    ['cough-sneeze-diagnosed', {}, 'Pain that coughing or sneezing makes worse is common with a disc problem or sciatica: tell your clinician. Meanwhile the exercises stay gentle.'],
    ['not-improving', {}, 'Not improving as expected: see a physiotherapist. The plan holds its step and distance until you have.'],
    ['programme-ended', {}, 'Two hard weeks in a row: the programme stops here, with no runs. See a physiotherapist before starting again.'],
    ['minor-trauma', { ageKnown: true }, 'Pain that began after a fall or knock should be checked by a physiotherapist or GP. Meanwhile the exercises stay gentle.'],
    ['minor-trauma', { ageKnown: false }, 'Pain that began after a fall or knock should be checked by a physiotherapist or GP; if you are 50 or over, contact a doctor today instead. Meanwhile the exercises stay gentle.'],
  ])('%s %j', (id, values, line) => {
    expect(referralMessages({ stop: false, referral: true, gentle: false, referralReasons: [{ id, values }] })).toEqual(['See a physiotherapist or another qualified clinician. The plan goes on meanwhile.', line]);
  });

  it('promises a gentle plan only when the week is gentle', () => {
    expect(referralMessages({ stop: false, referral: true, gentle: true, referralReasons: [] })).toEqual([
      'See a physiotherapist or another qualified clinician. Until then, the exercises stay gentle: first versions, easy doses, no jumping drills.',
    ]);
  });

  it('says nothing without a referral, or under a stop', () => {
    expect(referralMessages({ stop: false, referral: false, gentle: true, referralReasons: [] })).toEqual([]);
    expect(referralMessages({ stop: true, referral: true, gentle: true, referralReasons: [{ id: 'leg-length', values: {} }] })).toEqual([]);
  });
});

describe('safetyWords', () => {
  it('carries the facts and words a stop', () => {
    const s: SafetyData = { stop: true, urgency: 'severe-pain', flags: [], stopValues: { pain: 10 }, referral: true, referralReasons: [], gentle: false };
    expect(safetyWords(s)).toEqual({
      stop: true,
      urgency: 'severe-pain',
      flags: [],
      referral: true,
      referralReasons: [],
      messages: [
        'Pain of 9 or 10 out of 10 needs a doctor: see a GP soon, and call your urgent-care line now if you cannot cope or it is getting worse. No running and no routine until your worst pain is 8/10 or less.',
        'You gave your pain as 10/10.',
      ],
    });
  });

  it('words a referral by its reasons\' ids', () => {
    const s: SafetyData = { stop: false, urgency: null, flags: [], stopValues: {}, referral: true, referralReasons: [{ id: 'leg-length', values: {} }], gentle: false };
    expect(safetyWords(s)).toEqual({
      stop: false,
      urgency: null,
      flags: [],
      referral: true,
      referralReasons: ['leg-length'],
      messages: ['See a physiotherapist or another qualified clinician. The plan goes on meanwhile.', 'A leg-length difference is worth a professional assessment.'],
    });
  });
});
