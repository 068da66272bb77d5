import { describe, expect, it } from 'vitest';
import { AnswersSchema, RedFlagSchema, type Answers, type AnswersInput, type RedFlag } from '../schemas/answers';
import type { ReferralReason, Urgency } from '../schemas/plan';
import { safetyWords } from '../words/safety-words';
import { clearanceNeedsRestart, triage, type SafetyOptions } from './check-safety';

const parse = (input: AnswersInput) => AnswersSchema.parse(input);
/** The triage with its referral reasons as ids, for short assertions. */
const t = (input: AnswersInput, weeksSinceAnswers = 0) => {
  const r = triage(parse(input), { weeksSinceAnswers });
  return { ...r, referralReasons: r.referralReasons.map((x) => x.id) };
};
/** The triage in words, as a surface shows it. */
const checkSafety = (a: Answers, options: SafetyOptions = {}, gentle = false) => safetyWords({ ...triage(a, options), gentle });

// The brief's triage table written out by hand, so a moved flag fails here (never derived from the code).
const FLAG_URGENCY: [RedFlag, Urgency | 'refer'][] = [
  ['saddle-numbness', 'emergency'],
  ['bladder-bowel', 'emergency'],
  ['sexual-function', 'emergency'],
  ['both-legs', 'emergency'],
  ['worsening-weakness', 'emergency'],
  ['chest-pain', 'emergency'],
  ['serious-accident', 'emergency'],
  ['fever-unwell', 'urgent'],
  ['weight-loss', 'urgent'],
  ['cancer-history', 'urgent'],
  ['back-lump', 'urgent'],
  ['night-pain', 'urgent'],
  ['cough-sneeze', 'urgent'],
  ['upper-back', 'urgent'],
  ['trauma', 'refer'],
  ['bone-stress', 'urgent'],
  ['recent-surgery', 'urgent'],
];

describe('triage: red flags', () => {
  it('lets the default answers through with no stop and no referral', () => {
    expect(t({})).toEqual({ stop: false, urgency: null, flags: [], stopValues: {}, referral: false, referralReasons: [] });
  });

  it('covers every flag in the table above', () => {
    expect(FLAG_URGENCY.map(([f]) => f).sort()).toEqual([...RedFlagSchema.options].sort());
  });

  it.each(FLAG_URGENCY)('%s alone → %s', (flag, expected) => {
    const r = t({ redFlags: [flag] });
    if (expected === 'refer') {
      expect(r.stop).toBe(false);
      expect(r.referral).toBe(true);
    } else {
      expect(r).toMatchObject({ stop: true, urgency: expected, flags: [flag] });
    }
  });

  it('says "now" for emergencies and "today" for urgent stops, never the other way', () => {
    const emergency = checkSafety(parse({ redFlags: ['chest-pain'] })).messages[0]!;
    const urgent = checkSafety(parse({ redFlags: ['weight-loss'] })).messages[0]!;
    expect(emergency).toMatch(/now/);
    expect(emergency).toMatch(/emergency department/);
    expect(emergency).not.toMatch(/today/);
    expect(urgent).toMatch(/today/);
    expect(urgent).toMatch(/urgent/);
  });

  it('makes fever an emergency with a weakened immune system or steroids, urgent otherwise', () => {
    expect(t({ redFlags: ['fever-unwell'] }).urgency).toBe('urgent');
    expect(t({ redFlags: ['fever-unwell'], riskFactors: ['immune-weak'] }).urgency).toBe('emergency');
    expect(t({ redFlags: ['fever-unwell'], riskFactors: ['steroids'] }).urgency).toBe('emergency');
    expect(t({ redFlags: ['fever-unwell'], riskFactors: ['osteoporosis'] }).urgency).toBe('urgent');
  });

  it.each<[string, AnswersInput, 'urgent' | 'refer']>([
    ['no age given', {}, 'refer'],
    ['age 49', { age: 49 }, 'refer'],
    ['age 50', { age: 50 }, 'urgent'],
    ['age 30 with osteoporosis', { age: 30, riskFactors: ['osteoporosis'] }, 'urgent'],
    ['age 30 on steroids', { age: 30, riskFactors: ['steroids'] }, 'urgent'],
    ['age 30 with a weak immune system', { age: 30, riskFactors: ['immune-weak'] }, 'refer'],
  ])('trauma with %s → %s', (_, patch, expected) => {
    const r = t({ ...patch, redFlags: ['trauma'] });
    if (expected === 'urgent') expect(r).toMatchObject({ stop: true, urgency: 'urgent', flags: ['trauma'] });
    else expect(r).toMatchObject({ stop: false, referral: true, referralReasons: expect.arrayContaining(['minor-trauma']) });
  });

  it.each<[AnswersInput['spinalDiagnosis'], 'urgent' | 'refer']>([
    ['none', 'urgent'],
    ['herniated-disc', 'refer'],
    ['sciatica', 'refer'],
    ['degenerative-disc', 'urgent'],
    ['other', 'urgent'],
  ])('cough-sneeze with spinalDiagnosis %s → %s', (spinalDiagnosis, expected) => {
    const r = t({ spinalDiagnosis, redFlags: ['cough-sneeze'] });
    if (expected === 'urgent') expect(r.urgency).toBe('urgent');
    else expect(r.referralReasons).toContain('cough-sneeze-diagnosed');
  });

  it('puts emergency before urgent and names only the flags behind the stop', () => {
    expect(t({ redFlags: ['night-pain', 'both-legs', 'weight-loss'] })).toMatchObject({ urgency: 'emergency', flags: ['both-legs'] });
  });

  it('stops under 18 before anything else, and not at 18', () => {
    const young: Answers = { ...parse({ redFlags: ['both-legs'] }), age: 17 };
    expect(triage(young)).toMatchObject({ stop: true, urgency: 'not-adult' });
    expect(t({ age: 18 }).stop).toBe(false);
  });

  it.each<[number, Urgency | null]>([
    [8, null],
    [9, 'severe-pain'],
    [10, 'severe-pain'],
  ])('pain %i/10 → %s', (painLevel, urgency) => {
    expect(t({ painLevel }).urgency).toBe(urgency);
  });

  it('puts a red flag before severe pain', () => {
    expect(t({ painLevel: 10, redFlags: ['weight-loss'] }).urgency).toBe('urgent');
  });
});

describe('triage: clearance', () => {
  it('does not stop on a cleared flag, refers instead', () => {
    expect(t({ redFlags: ['weight-loss'], clearedFlags: ['weight-loss'] })).toMatchObject({ stop: false, referral: true, referralReasons: ['cleared-flags'] });
  });

  it('still stops on a flag that is not cleared', () => {
    expect(t({ redFlags: ['weight-loss', 'night-pain'], clearedFlags: ['weight-loss'] })).toMatchObject({ stop: true, flags: ['night-pain'] });
  });

  it('cannot clear severe pain', () => {
    expect(t({ painLevel: 9, redFlags: ['weight-loss'], clearedFlags: ['weight-loss'] }).urgency).toBe('severe-pain');
  });

  it.each<[RedFlag, boolean]>([
    ['both-legs', true],
    ['serious-accident', true],
    ['bone-stress', true],
    ['weight-loss', false],
    ['night-pain', false],
  ])('a cleared %s restarts from run/walk: %s', (flag, restart) => {
    expect(clearanceNeedsRestart(parse({ redFlags: [flag], clearedFlags: [flag] }))).toBe(restart);
  });

  it('counts a cleared fever as an emergency one when the immune system is weak', () => {
    expect(clearanceNeedsRestart(parse({ redFlags: ['fever-unwell'], clearedFlags: ['fever-unwell'], riskFactors: ['immune-weak'] }))).toBe(true);
  });
});

describe('triage: referral bounds', () => {
  it.each<[string, AnswersInput, ReferralReason | null, number?]>([
    ['a spinal diagnosis', { spinalDiagnosis: 'sciatica' }, 'spinal-diagnosis'],
    ['pain below the knee', { painWhere: ['below-knee'] }, 'below-knee'],
    ['a leg-length difference', { legLength: 'yes' }, 'leg-length'],
    ['unsure leg length', { legLength: 'unsure' }, null],
    ['pain 6/10', { painLevel: 6 }, null],
    ['pain 7/10', { painLevel: 7 }, 'high-pain'],
    ['pain 8/10', { painLevel: 8 }, 'high-pain'],
    ['5 weeks of pain', { painWeeks: 5 }, null],
    ['6 weeks of pain', { painWeeks: 6 }, 'long-pain'],
    ['3 weeks of pain, 3 weeks on', { painWeeks: 3 }, 'long-pain', 3],
    ['3 weeks of pain, 2 weeks on', { painWeeks: 3 }, null, 2],
    ['age 49, 4 weeks', { age: 49, painWeeks: 4 }, null],
    ['age 50, 3 weeks', { age: 50, painWeeks: 3 }, null],
    ['age 50, 4 weeks', { age: 50, painWeeks: 4 }, 'older-new-pain'],
    ['age 19, 4 weeks', { age: 19, painWeeks: 4 }, 'younger-new-pain'],
    ['age 19, 3 weeks', { age: 19, painWeeks: 3 }, null],
    ['age 20, 4 weeks', { age: 20, painWeeks: 4 }, null],
    ['steroids', { riskFactors: ['steroids'] }, 'risk-factors'],
    ['osteoporosis', { riskFactors: ['osteoporosis'] }, 'risk-factors'],
    ['a weak immune system', { riskFactors: ['immune-weak'] }, 'risk-factors'],
    ['pregnant under 16 weeks', { pregnancy: 'pregnant-under-16-weeks' }, 'pregnancy'],
    ['pregnant 16 weeks or more', { pregnancy: 'pregnant-16-weeks-plus' }, 'pregnancy'],
    ['under 12 weeks after birth', { pregnancy: 'postpartum-under-12-weeks' }, 'postpartum'],
    ['under a year after birth', { pregnancy: 'postpartum-under-12-months' }, 'postpartum'],
  ])('%s → %s', (_, patch, reason, weeksOn = 0) => {
    const r = t(patch, weeksOn);
    expect(r.stop).toBe(false);
    if (reason) expect(r.referralReasons).toContain(reason);
    else expect(r.referral).toBe(false);
  });
});

describe('triage: the inflammatory pattern', () => {
  // Onset before 45, pain for 13 weeks or more, and at least two of the four signs.
  const BASE: AnswersInput = { age: 40, painWeeks: 13, morningStiffness: 'long', nightWaking: true };
  const inflammatory = (patch: AnswersInput, weeksOn = 0) => t({ ...BASE, ...patch }, weeksOn).referralReasons.includes('inflammatory');

  it.each<[string, AnswersInput, boolean, number?]>([
    ['long stiffness and night waking', {}, true],
    ['only one sign', { nightWaking: false }, false],
    ['short stiffness is no sign', { morningStiffness: 'short', nightWaking: false, painWhere: ['buttock'] }, false],
    ['buttock pain counts', { nightWaking: false, painWhere: ['buttock'] }, true],
    ['onset before 35 counts', { age: 34, nightWaking: false }, true],
    ['12 weeks is too short', { painWeeks: 12 }, false],
    ['12 weeks becomes 13 a week on', { painWeeks: 12 }, true, 1],
    ['onset at 45 or later is too late (46 with 13 weeks)', { age: 46, painWeeks: 13 }, false],
    ['onset just under 45 (45 with 13 weeks)', { age: 45, painWeeks: 13 }, true],
    ['age 45 with a year of pain started at 44', { age: 45, painWeeks: 52 }, true],
    ['no age, no pattern', { age: null }, false],
  ])('%s → %s', (_, patch, expected, weeksOn = 0) => {
    expect(inflammatory(patch, weeksOn)).toBe(expected);
  });

  it('says to ask a GP, and never names it as the cause', () => {
    const all = checkSafety(parse(BASE)).messages.join(' ');
    expect(all).toMatch(/ask a GP about inflammatory back pain/);
    expect(all).not.toMatch(/you have|diagnos/i);
  });
});

describe('checkSafety words', () => {
  it('promises "gentle" only when the plan is gentle', () => {
    const a = parse({ legLength: 'yes' });
    expect(checkSafety(a, {}, false).messages[0]).not.toMatch(/gentle/);
    expect(checkSafety(a, {}, true).messages[0]).toMatch(/gentle/);
  });

  it('names each flag behind a stop in plain words, without "groin"', () => {
    const messages = checkSafety(parse({ redFlags: ['saddle-numbness', 'both-legs'] })).messages;
    expect(messages).toHaveLength(3);
    expect(messages.join(' ')).toMatch(/between your legs/);
    expect(messages.join(' ')).not.toMatch(/groin/);
  });

  it('gives severe pain its own directions: a GP soon, urgent care now if it cannot be coped with', () => {
    expect(checkSafety(parse({ painLevel: 9 })).messages[0]).toMatch(/GP soon.*urgent-care line now/);
  });
});
