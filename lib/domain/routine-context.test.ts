import { describe, expect, it } from 'vitest';
import { AnswersSchema, type AnswersInput } from '../schemas/answers';
import type { CauseId } from '../schemas/cause';
import type { ReferralReason } from '../schemas/plan';
import { conditionsFor, GENTLE_REASONS, isGentle, rankLikely, routineContext } from './routine-context';

const answers = (input: AnswersInput = {}) => AnswersSchema.parse({ age: 35, painLevel: 2, ...input });
const CLEARED_BONE_STRESS: AnswersInput = { redFlags: ['bone-stress'], clearedFlags: ['bone-stress'] };

describe('isGentle', () => {
  it.each<[string, AnswersInput, CauseId[], ReferralReason[], boolean]>([
    ['green pain, nothing else', {}, [], [], false],
    ['amber pain 5', { painLevel: 5 }, [], [], false],
    ['red pain 6', { painLevel: 6 }, [], [], true],
    ['pause pain 7', { painLevel: 7 }, [], [], true],
    ['pain 5 all day (pause)', { painLevel: 5, painWhen: ['all-day'] }, [], [], true],
    ['severe pain 9', { painLevel: 9 }, [], [], true],
    ['a likely spinal condition', {}, ['spinal-condition'], [], true],
    ['another likely cause', {}, ['posture', 'weak-core'], [], false],
    ['pain below the knee', { painWhere: ['centre', 'below-knee'] }, [], [], true],
    ['a cough-sneeze referral with a diagnosis', {}, [], ['cough-sneeze-diagnosed'], true],
    ['a minor fall', {}, [], ['high-pain', 'minor-trauma'], true],
    ['a referral that does not announce gentle', {}, [], ['high-pain', 'long-pain'], false],
    ['a restart after a cleared bone-stress flag', CLEARED_BONE_STRESS, [], [], true],
  ])('%s: %s', (_, a, likely, reasons, expected) => {
    expect(isGentle(answers(a), new Set(likely), reasons)).toBe(expected);
  });

  it('is announced by exactly two referral reasons', () => {
    expect([...GENTLE_REASONS].sort()).toEqual(['cough-sneeze-diagnosed', 'minor-trauma']);
  });
});

describe('conditionsFor', () => {
  it.each<[string, AnswersInput, number, string[]]>([
    ['nothing', {}, 1, []],
    ['a diagnosis', { spinalDiagnosis: 'sciatica' }, 1, ['disc-diagnosis']],
    ['pain below the knee', { painWhere: ['below-knee'] }, 1, ['pain-below-knee']],
    ['pain 6', { painLevel: 6 }, 1, []],
    ['pain 7', { painLevel: 7 }, 1, ['severe-pain']],
    ['eases leaning back', { eases: 'leaning-back' }, 1, ['eases-leaning-back']],
    ['eases bending forward', { eases: 'bending-forward' }, 1, ['eases-bending-forward']],
    ['eases neither', { eases: 'neither' }, 1, []],
    ['pregnant under 16 weeks', { pregnancy: 'pregnant-under-16-weeks' }, 1, []],
    ['pregnant 16 weeks plus', { pregnancy: 'pregnant-16-weeks-plus' }, 1, ['pregnant-16-weeks-plus']],
    ['under 12 weeks after birth', { pregnancy: 'postpartum-under-12-weeks' }, 1, ['postpartum-early']],
    ['under 12 months after birth', { pregnancy: 'postpartum-under-12-months' }, 1, []],
    ['a 9.9 s plank in week 1', { plankSeconds: 9.9 }, 1, ['plank-under-10s']],
    ['a 10 s plank in week 1', { plankSeconds: 10 }, 1, []],
    ['a 5 s plank in week 2', { plankSeconds: 5 }, 2, []],
    ['an untried plank', { plankSeconds: null }, 1, []],
    ['several at once', { spinalDiagnosis: 'herniated-disc', painLevel: 8, eases: 'leaning-back', plankSeconds: 0 }, 1, ['disc-diagnosis', 'severe-pain', 'eases-leaning-back', 'plank-under-10s']],
  ])('%s (week %s)', (_, a, week, expected) => {
    expect([...conditionsFor(answers(a), week)]).toEqual(expected);
  });
});

describe('rankLikely: score first, ties in the brief\'s order, likely causes only', () => {
  it('ranks the likely causes', () => {
    const causes: { id: CauseId; score: number }[] = [
      { id: 'posture', score: 0.6 },
      { id: 'footwear', score: 0.6 },
      { id: 'weak-core', score: 0.8 },
      { id: 'spinal-condition', score: 0.6 },
      { id: 'flexibility', score: 0.3 },
    ];
    expect(rankLikely(causes, new Set<CauseId>(['posture', 'footwear', 'weak-core']))).toEqual(['weak-core', 'footwear', 'posture']);
    expect(rankLikely(causes, new Set<CauseId>(['posture', 'footwear', 'spinal-condition']))).toEqual(['spinal-condition', 'footwear', 'posture']);
    expect(rankLikely(causes, new Set<CauseId>())).toEqual([]);
  });
});

describe('routineContext', () => {
  const ctx = (a: AnswersInput, likely: CauseId[] = [], reasons: ReferralReason[] = [], week = 1) =>
    routineContext(answers(a), { causes: likely.map((id) => ({ id, score: 0.6 })), likely: new Set(likely), reasons, week });

  it('carries the week, the causes, the plank and the units', () => {
    const c = routineContext(answers({ plankSeconds: 42 }), { causes: [{ id: 'posture', score: 0.7 }, { id: 'footwear', score: 0.9 }], likely: new Set<CauseId>(['posture', 'footwear']), reasons: [], week: 4, units: 'mi' });
    expect(c).toMatchObject({ week: 4, ranked: ['footwear', 'posture'], zone: 'green', gentle: false, noHighImpact: false, plankSeconds: 42, units: 'mi' });
    expect([...c.likely]).toEqual(['posture', 'footwear']);
    expect(ctx({}).units).toBe('km');
  });

  it('gives the zone and the conditions of the answers', () => {
    const c = ctx({ painLevel: 4, eases: 'bending-forward' }, [], [], 2);
    expect(c.zone).toBe('amber');
    expect([...c.conditions]).toEqual(['eases-bending-forward']);
  });

  it.each<[string, AnswersInput, ReferralReason[], boolean]>([
    ['green', {}, [], false],
    ['amber', { painLevel: 4 }, [], true],
    ['gentle', {}, ['minor-trauma'], true],
    ['within a year of giving birth', { pregnancy: 'postpartum-under-12-months' }, [], true],
    ['pregnant', { pregnancy: 'pregnant-under-16-weeks' }, [], true],
    ['a standing start', { weeklyKm: 1 }, [], true],
    ['a restart after clearance', { ...CLEARED_BONE_STRESS }, [], true],
  ])('%s: high-impact drills left out %s', (_, a, reasons, expected) => {
    expect(ctx(a, [], reasons).noHighImpact).toBe(expected);
  });
});
