import { describe, expect, it } from 'vitest';
import { AnswersSchema, type AnswersInput } from '../schemas/answers';
import type { CauseId } from '../schemas/cause';
import { allLikelyCauses, likelyCauseIds, likelyCauses } from './likely-causes';
import { scoreCauses } from './score-causes';

// Answers that point to no cause at all (as in score-causes.test.ts): one row of the table at a time.
const NEUTRAL: AnswersInput = { plankSeconds: 90, toeTouch: 'easily', shoeKm: 100, sittingHours: 2, runningPosture: 'upright' };
const cause = (patch: AnswersInput, id: CauseId) => {
  const found = scoreCauses(AnswersSchema.parse({ ...NEUTRAL, ...patch })).find((c) => c.id === id)!;
  return { score: found.score, reasons: found.reasons };
};
const r = (id: string, values = {}) => ({ id, values });

describe('the cause table, row by row, with the figures each reason states', () => {
  it.each<[string, AnswersInput, CauseId, number, { id: string; values: object }[]]>([
    ['pain during runs: form', { painWhen: ['during-run'] }, 'posture', 0.2, [r('hurts-during-run-form')]],
    ['pain during runs: core', { painWhen: ['during-run'] }, 'weak-core', 0.2, [r('hurts-during-run-core')]],
    ['pain when sitting', { painWhen: ['sitting'] }, 'posture', 0.2, [r('hurts-sitting')]],
    ['8 hours sitting: posture', { sittingHours: 8 }, 'posture', 0.2, [r('long-sitting', { hours: 8 })]],
    ['8 hours sitting: hip flexors', { sittingHours: 8 }, 'flexibility', 0.2, [r('sitting-hip-flexors')]],
    ['7.9 hours sitting', { sittingHours: 7.9 }, 'flexibility', 0, []],
    ['a 0 s plank', { plankSeconds: 0 }, 'weak-core', 0.6, [r('plank-weak', { seconds: 0 })]],
    ['a 29.5 s plank', { plankSeconds: 29.5 }, 'weak-core', 0.6, [r('plank-weak', { seconds: 29.5 })]],
    ['a 30 s plank', { plankSeconds: 30 }, 'weak-core', 0.3, [r('plank-fair', { seconds: 30 })]],
    ['a 59.5 s plank', { plankSeconds: 59.5 }, 'weak-core', 0.3, [r('plank-fair', { seconds: 59.5 })]],
    ['shoes at 800 km', { shoeKm: 800 }, 'footwear', 0.7, [r('shoes-past-replace', { km: 800 })]],
    ['shoes at 799 km', { shoeKm: 799 }, 'footwear', 0.5, [r('shoes-near-replace', { km: 799 })]],
    ['unsure of the support', { shoeSupport: 'unsure' }, 'footwear', 0.1, [r('support-unsure')]],
    ['good support', { shoeSupport: 'good' }, 'footwear', 0, []],
    ['+10.1 % a week', { weeklyIncreasePct: 10.1 }, 'overtraining', 0.7, [r('fast-growth', { pct: 10.1 })]],
    ['+5.1 % a week', { weeklyIncreasePct: 5.1 }, 'overtraining', 0.5, [r('growth-above-safer', { pct: 5.1 })]],
    ['six run days', { runDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], weeklyKm: 30, longestRunKm: 5 }, 'overtraining', 0, []],
    ['pain the next morning', { painWhen: ['next-morning'] }, 'overtraining', 0.2, [r('hurts-next-morning')]],
    ['next morning and every day', { painWhen: ['next-morning'], runDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], weeklyKm: 35, longestRunKm: 5 }, 'overtraining', 0.5, [r('no-rest-day'), r('hurts-next-morning')]],
    ['a spike over two runs', { weeklyKm: 10, runDays: ['tue', 'sat'], longestRunKm: 10.1 }, 'overtraining', 0.3, [r('single-run-spike', { longestKm: 10.1, usualKm: 5 })]],
    ['exactly twice the usual run', { weeklyKm: 10, runDays: ['tue', 'sat'], longestRunKm: 10 }, 'overtraining', 0, []],
    ['one run day cannot spike', { weeklyKm: 5, runDays: ['sat'], longestRunKm: 20 }, 'overtraining', 0, []],
    ['no run days cannot spike', { weeklyKm: 10, runDays: [], longestRunKm: 30 }, 'overtraining', 0, []],
    ['no distance last week cannot spike', { weeklyKm: 0, runDays: ['tue', 'sat'], longestRunKm: 5 }, 'overtraining', 0, []],
    ['just touches toes', { toeTouch: 'just' }, 'flexibility', 0.2, [r('toes-just')]],
    ['toes not asked with pain below the knee', { toeTouch: 'no', painWhere: ['below-knee'] }, 'flexibility', 0, []],
    ['toes not asked when leaning back eases', { toeTouch: 'no', eases: 'leaning-back' }, 'flexibility', 0, []],
    ['toes not asked with osteoporosis', { toeTouch: 'no', riskFactors: ['osteoporosis'] }, 'flexibility', 0, []],
    ['toes asked when bending forward eases', { toeTouch: 'no', eases: 'bending-forward', riskFactors: ['steroids'] }, 'flexibility', 0.5, [r('toes-no')]],
    ['a degenerative disc', { spinalDiagnosis: 'degenerative-disc' }, 'spinal-condition', 0.8, [r('diagnosis', { diagnosis: 'degenerative-disc' })]],
    ['pain all day', { painWhen: ['all-day'] }, 'spinal-condition', 0.2, [r('hurts-all-day')]],
    ['below the knee, all day', { painWhere: ['below-knee'], painWhen: ['all-day'] }, 'spinal-condition', 0.8, [r('below-knee'), r('hurts-all-day')]],
    ['one-sided pain', { painWhere: ['one-side'] }, 'past-injury', 0.1, [r('one-side')]],
    ['an old injury, one-sided pain (0.7 + 0.1 rounds to 0.8)', { pastInjury: true, painWhere: ['one-side'] }, 'past-injury', 0.8, [r('old-injury'), r('one-side')]],
    ['unsure of leg length, pain in the centre', { legLength: 'unsure' }, 'leg-length', 0.1, [r('leg-length-unsure')]],
    ['unsure of leg length, one-sided pain', { legLength: 'unsure', painWhere: ['one-side'] }, 'leg-length', 0.5, [r('leg-length-unsure-one-side')]],
    ['no leg-length difference, one-sided pain', { legLength: 'no', painWhere: ['one-side'] }, 'leg-length', 0, []],
    ['a known difference', { legLength: 'yes', painWhere: ['one-side'] }, 'leg-length', 0.8, [r('leg-length-known')]],
    ['every posture sign: capped at 1', { runningPosture: 'hunched', painWhen: ['during-run', 'sitting'], sittingHours: 9 }, 'posture', 1,
      [r('hunched-form'), r('hurts-during-run-form'), r('hurts-sitting'), r('long-sitting', { hours: 9 })]],
  ])('%s', (_, patch, id, score, reasons) => {
    expect(cause(patch, id)).toEqual({ score, reasons });
  });
});

describe('likely causes: 0.5 or more, at most three shown', () => {
  const causes: { id: CauseId; score: number }[] = [
    { id: 'footwear', score: 0.9 },
    { id: 'posture', score: 0.5 },
    { id: 'weak-core', score: 0.49 },
    { id: 'flexibility', score: 0.7 },
    { id: 'overtraining', score: 0.6 },
  ];

  it('keeps the given order and stops at three', () => {
    expect(likelyCauses(causes).map((c) => c.id)).toEqual(['footwear', 'posture', 'flexibility']);
  });

  it('can reveal every likely cause', () => {
    expect(allLikelyCauses(causes).map((c) => c.id)).toEqual(['footwear', 'posture', 'flexibility', 'overtraining']);
    expect([...likelyCauseIds(causes)]).toEqual(['footwear', 'posture', 'flexibility', 'overtraining']);
  });

  it('has none below 0.5', () => {
    expect(likelyCauses([{ id: 'posture', score: 0.49 }])).toEqual([]);
    expect(likelyCauseIds([{ id: 'posture', score: 0.49 }]).size).toBe(0);
  });
});
