import { describe, expect, it } from 'vitest';
import { AnswersSchema, type AnswersInput } from '../schemas/answers';
import { clearanceNeedsRestart, EMERGENCY_FLAGS, flagLevel, HISTORY_FLAGS, inflammatorySigns, totalPainWeeks, triage } from './check-safety';

// The figures each referral and stop carries (the words are made from these), beside check-safety.test.ts.
const parse = (input: AnswersInput) => AnswersSchema.parse({ age: 35, ...input });

describe('referral reasons carry their figures', () => {
  it.each<[string, AnswersInput, number, { id: string; values: object }[]]>([
    ['nothing to refer', {}, 0, []],
    ['pain 7/10', { painLevel: 7 }, 0, [{ id: 'high-pain', values: { pain: 7 } }]],
    ['4 weeks of pain, 2 weeks on', { painWeeks: 4 }, 2, [{ id: 'long-pain', values: { weeks: 6 } }]],
    ['over 50 with 6 weeks', { age: 52, painWeeks: 6 }, 0, [{ id: 'long-pain', values: { weeks: 6 } }, { id: 'older-new-pain', values: {} }]],
    ['18 with 4 weeks', { age: 18, painWeeks: 4 }, 0, [{ id: 'younger-new-pain', values: {} }]],
    ['risk factors named', { riskFactors: ['osteoporosis', 'steroids'] }, 0, [{ id: 'risk-factors', values: { factors: ['osteoporosis', 'steroids'] } }]],
    ['the pregnancy stage', { pregnancy: 'pregnant-16-weeks-plus' }, 0, [{ id: 'pregnancy', values: { stage: 'pregnant-16-weeks-plus' } }]],
    ['the time since birth', { pregnancy: 'postpartum-under-12-weeks' }, 0, [{ id: 'postpartum', values: { stage: 'postpartum-under-12-weeks' } }]],
    ['a cleared urgent flag while running', { redFlags: ['weight-loss'], clearedFlags: ['weight-loss'] }, 0, [{ id: 'cleared-flags', values: { restart: false } }]],
    ['a cleared urgent flag with no running last week', { redFlags: ['weight-loss'], clearedFlags: ['weight-loss'], weeklyKm: 0 }, 0, [{ id: 'cleared-flags', values: { restart: true } }]],
    ['coughing with a disc diagnosis', { redFlags: ['cough-sneeze'], spinalDiagnosis: 'herniated-disc' }, 0, [{ id: 'spinal-diagnosis', values: {} }, { id: 'cough-sneeze-diagnosed', values: {} }]],
    ['a minor fall, age given', { redFlags: ['trauma'] }, 0, [{ id: 'minor-trauma', values: { ageKnown: true } }]],
    ['a minor fall, no age', { redFlags: ['trauma'], age: null }, 0, [{ id: 'minor-trauma', values: { ageKnown: false } }]],
    ['the inflammatory pattern with its signs', { age: 30, painWeeks: 20, nightWaking: true, painWhere: ['buttock'] }, 0,
      [{ id: 'long-pain', values: { weeks: 20 } }, { id: 'inflammatory', values: { signs: ['night-waking', 'buttock', 'early-onset'] } }]],
  ])('%s', (_, a, weeksSinceAnswers, reasons) => {
    const t = triage(parse(a), { weeksSinceAnswers });
    expect(t).toMatchObject({ stop: false, urgency: null, flags: [], stopValues: {}, referral: reasons.length > 0 });
    expect(t.referralReasons).toEqual(reasons);
  });

  it('counts a cleared cough or fall only as cleared, not as a reason of its own', () => {
    expect(triage(parse({ redFlags: ['trauma'], clearedFlags: ['trauma'] })).referralReasons.map((r) => r.id)).toEqual(['cleared-flags']);
  });
});

describe('stops carry why they are urgent', () => {
  it.each<[string, AnswersInput, object]>([
    ['severe pain', { painLevel: 10 }, { pain: 10 }],
    ['fever with a weak immune system', { redFlags: ['fever-unwell'], riskFactors: ['immune-weak'], painLevel: 4 }, { pain: 4, fever: 'weak-immunity' }],
    ['fever on steroids', { redFlags: ['fever-unwell'], riskFactors: ['steroids'] }, { pain: 3, fever: 'weak-immunity' }],
    ['fever otherwise', { redFlags: ['fever-unwell'] }, { pain: 3 }],
    ['a fall at 50', { redFlags: ['trauma'], age: 50 }, { pain: 3, trauma: 'age' }],
    ['a fall at 49 with osteoporosis', { redFlags: ['trauma'], age: 49, riskFactors: ['osteoporosis'] }, { pain: 3, trauma: 'osteoporosis' }],
    ['a fall with no age, on steroids', { redFlags: ['trauma'], age: null, riskFactors: ['steroids'] }, { pain: 3, trauma: 'steroids' }],
  ])('%s', (_, a, stopValues) => {
    const t = triage(parse(a));
    expect(t.stop).toBe(true);
    expect(t.stopValues).toEqual(stopValues);
    expect(t.referralReasons).toEqual([]);
    expect(t.referral).toBe(true);
  });

  it('stops an under-18 with no flags named', () => {
    expect(triage({ ...parse({}), age: 17 })).toEqual({ stop: true, urgency: 'not-adult', flags: [], stopValues: { pain: 3 }, referral: true, referralReasons: [] });
  });
});

describe('flag levels, signs and pain weeks', () => {
  it('lists the seven emergency flags and the four that happened once', () => {
    expect(EMERGENCY_FLAGS).toEqual(['saddle-numbness', 'bladder-bowel', 'sexual-function', 'both-legs', 'worsening-weakness', 'chest-pain', 'serious-accident']);
    expect(HISTORY_FLAGS).toEqual(['cancer-history', 'serious-accident', 'trauma', 'recent-surgery']);
  });

  it.each<[AnswersInput, 'urgent' | 'refer']>([
    [{ age: 50 }, 'urgent'],
    [{ age: 49 }, 'refer'],
    [{ age: null }, 'refer'],
    [{ age: 30, riskFactors: ['steroids'] }, 'urgent'],
    [{ age: 30, riskFactors: ['immune-weak'] }, 'refer'],
  ])('a fall or knock with %j: %s', (a, level) => {
    expect(flagLevel('trauma', parse(a))).toBe(level);
  });

  it.each<[AnswersInput['spinalDiagnosis'], 'urgent' | 'refer']>([
    ['herniated-disc', 'refer'],
    ['sciatica', 'refer'],
    ['degenerative-disc', 'urgent'],
    ['none', 'urgent'],
  ])('pain on coughing with %s: %s', (spinalDiagnosis, level) => {
    expect(flagLevel('cough-sneeze', parse({ spinalDiagnosis }))).toBe(level);
  });

  it('adds the weeks since the answers to the weeks of pain', () => {
    expect(totalPainWeeks(parse({ painWeeks: 4 }))).toBe(4);
    expect(totalPainWeeks(parse({ painWeeks: 4 }), { weeksSinceAnswers: 3 })).toBe(7);
  });

  it.each<[AnswersInput, string[]]>([
    [{ age: 40, painWeeks: 13, nightWaking: true, morningStiffness: 'long' }, ['morning-stiffness', 'night-waking']],
    // Onset at 35 minus a quarter: 34.75, before 35.
    [{ age: 35, painWeeks: 13, nightWaking: true }, ['night-waking', 'early-onset']],
    [{ age: 36, painWeeks: 13, nightWaking: true }, []],
    [{ age: 44, painWeeks: 13, nightWaking: true, painWhere: ['buttock'] }, ['night-waking', 'buttock']],
    // Onset exactly at 45 is not before 45; exactly at 35 is not before 35.
    [{ age: 46, painWeeks: 52, nightWaking: true, morningStiffness: 'long' }, []],
    [{ age: 36, painWeeks: 52, nightWaking: true, morningStiffness: 'long' }, ['morning-stiffness', 'night-waking']],
  ])('inflammatory signs for %j: %j', (a, signs) => {
    expect(inflammatorySigns(parse(a))).toEqual(signs);
  });

  it.each<[AnswersInput, boolean]>([
    [{}, false],
    [{ redFlags: ['night-pain'], clearedFlags: ['night-pain'] }, false],
    [{ redFlags: ['night-pain'], clearedFlags: ['night-pain'], weeklyKm: 0 }, true],
    [{ redFlags: ['night-pain'], clearedFlags: ['night-pain'], weeklyIncreasePct: -100 }, true],
    [{ redFlags: ['night-pain'], clearedFlags: ['night-pain'], weeklyIncreasePct: -99 }, false],
    [{ redFlags: ['night-pain'], weeklyKm: 0 }, false],
    [{ redFlags: ['night-pain', 'bone-stress'], clearedFlags: ['night-pain', 'bone-stress'] }, true],
  ])('restart after clearance with %j: %s', (a, restart) => {
    expect(clearanceNeedsRestart(parse(a))).toBe(restart);
  });
});
