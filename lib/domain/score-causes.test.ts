import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryAnswers } from '../../tests/support/arbitrary-answers';
import { AnswersSchema, type AnswersInput } from '../schemas/answers';
import { CAUSE_IDS, type CauseId } from '../schemas/cause';
import { likelyCauses } from './likely-causes';
import { scoreCauses } from './score-causes';
import { distanceWords } from './units';
import { reasonWords } from '../words/reason-words';

// The brief's tie order, written out: the cause that most needs a clinician first.
const TIE_ORDER: CauseId[] = ['spinal-condition', 'past-injury', 'leg-length', 'overtraining', 'footwear', 'weak-core', 'flexibility', 'posture'];

// Answers that point to no cause at all: every score starts at 0.
const NEUTRAL: AnswersInput = { plankSeconds: 90, toeTouch: 'easily', shoeKm: 100, sittingHours: 2, runningPosture: 'upright' };
/** Each cause by id, its reasons in words (km). */
function scores(patch: AnswersInput): Record<CauseId, { score: number; reasons: string[] }> {
  const causes = scoreCauses(AnswersSchema.parse({ ...NEUTRAL, ...patch }));
  return Object.fromEntries(causes.map((c) => [c.id, { score: c.score, reasons: c.reasons.map((r) => reasonWords(r, distanceWords('km'))) }])) as Record<CauseId, { score: number; reasons: string[] }>;
}

describe('scoreCauses', () => {
  it('scores nothing for neutral answers', () => {
    expect(scoreCauses(AnswersSchema.parse(NEUTRAL)).every((c) => c.score === 0 && c.reasons.length === 0)).toBe(true);
  });

  it.each<[string, AnswersInput, CauseId, number, RegExp]>([
    ['hunched form', { runningPosture: 'hunched' }, 'posture', 0.6, /hunching/],
    ['leaning back', { runningPosture: 'leaning-back' }, 'posture', 0.6, /lean back/],
    ['hunched, sore while running, long sitting', { runningPosture: 'hunched', painWhen: ['during-run', 'sitting'], sittingHours: 9 }, 'posture', 1, /9 hours/],
    ['a 20 s plank', { plankSeconds: 20 }, 'weak-core', 0.6, /20 s/],
    ['a 45 s plank', { plankSeconds: 45 }, 'weak-core', 0.3, /fair/],
    ['shoes at 850 km', { shoeKm: 850 }, 'footwear', 0.7, /850 km/],
    ['shoes at 600 km', { shoeKm: 600 }, 'footwear', 0.5, /between 500 km and 800 km/],
    ['worn support', { shoeSupport: 'worn' }, 'footwear', 0.4, /worn/],
    ['adding 15 % a week', { weeklyIncreasePct: 15 }, 'overtraining', 0.7, /15 % a week.*the plan adds at most 5 % a week/],
    ['adding 10 % a week (not over 10)', { weeklyIncreasePct: 10 }, 'overtraining', 0.5, /10 % a week/],
    ['adding 10.5 % a week', { weeklyIncreasePct: 10.5 }, 'overtraining', 0.7, /11 % a week/],
    ['adding 5 % a week (not over 5)', { weeklyIncreasePct: 5 }, 'overtraining', 0, /^$/],
    ['adding 8 % a week', { weeklyIncreasePct: 8 }, 'overtraining', 0.5, /8 % a week/],
    ['no rest day', { runDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], longestRunKm: 4 }, 'overtraining', 0.3, /every day/],
    ['a single run over twice the usual one', { weeklyKm: 21, runDays: ['tue', 'thu', 'sat'], longestRunKm: 14.1 }, 'overtraining', 0.3, /longest recent run .*far beyond your usual run \(about 7 km\)/],
    ['a long run of exactly twice the usual one', { weeklyKm: 21, runDays: ['tue', 'thu', 'sat'], longestRunKm: 14 }, 'overtraining', 0, /^$/],
    ['cannot touch toes', { toeTouch: 'no' }, 'flexibility', 0.5, /toes/],
    ['toes and sitting (morning pain is no sign of tightness)', { toeTouch: 'no', sittingHours: 10, painWhen: ['next-morning'] }, 'flexibility', 0.7, /hip flexors/],
    ['a 29 s plank', { plankSeconds: 29 }, 'weak-core', 0.6, /29 s/],
    ['a 30 s plank', { plankSeconds: 30 }, 'weak-core', 0.3, /fair/],
    ['a 59 s plank', { plankSeconds: 59 }, 'weak-core', 0.3, /fair/],
    ['a 60 s plank', { plankSeconds: 60 }, 'weak-core', 0, /^$/],
    ['an untried plank', { plankSeconds: null }, 'weak-core', 0, /^$/],
    ['shoes at 499 km', { shoeKm: 499 }, 'footwear', 0, /^$/],
    ['shoes at 500 km', { shoeKm: 500 }, 'footwear', 0.5, /500 km/],
    ['shoes at 799 km', { shoeKm: 799 }, 'footwear', 0.5, /799 km/],
    ['shoes at 800 km', { shoeKm: 800 }, 'footwear', 0.7, /800 km/],
    ['sitting 7.5 hours', { sittingHours: 7.5 }, 'posture', 0, /^$/],
    ['sitting 8 hours', { sittingHours: 8 }, 'posture', 0.2, /8 hours/],
    ['a disc diagnosis', { spinalDiagnosis: 'herniated-disc' }, 'spinal-condition', 0.8, /found a herniated \(slipped\) disc/],
    ['pain below the knee', { painWhere: ['below-knee'] }, 'spinal-condition', 0.6, /below the knee/],
    ['an old injury', { pastInjury: true }, 'past-injury', 0.7, /injury/],
    ['a known leg-length difference', { legLength: 'yes' }, 'leg-length', 0.8, /leg-length/],
    ['unsure leg length, one-sided pain', { legLength: 'unsure', painWhere: ['one-side'] }, 'leg-length', 0.5, /one side/],
  ])('%s moves %s', (_, patch, cause, score, reason) => {
    const result = scores(patch)[cause];
    expect(result.score).toBe(score);
    expect(result.reasons.join(' ')).toMatch(reason);
  });

  it('gives distances in the runner\'s units inside reasons', () => {
    const [footwear] = scoreCauses(AnswersSchema.parse({ ...NEUTRAL, shoeKm: 900 }));
    expect(footwear!.reasons[0]).toEqual({ id: 'shoes-past-replace', values: { km: 900 } });
    expect(reasonWords(footwear!.reasons[0]!, distanceWords('mi'))).toBe('Your shoes have about 559 mi on them: most pairs are worn out by about 500 mi.');
  });

  it('never lets a pattern leak into an unrelated cause', () => {
    const result = scores({ shoeKm: 900 });
    expect(CAUSE_IDS.filter((id) => result[id].score > 0)).toEqual(['footwear']);
  });

  it('orders by score, ties in the brief\'s order, always all eight', () => {
    fc.assert(
      fc.property(arbitraryAnswers(), (a) => {
        const causes = scoreCauses(a);
        expect(causes.map((c) => c.id).sort()).toEqual([...CAUSE_IDS].sort());
        for (let i = 1; i < causes.length; i++) {
          const [prev, cur] = [causes[i - 1]!, causes[i]!];
          expect(prev.score > cur.score || (prev.score === cur.score && TIE_ORDER.indexOf(prev.id) < TIE_ORDER.indexOf(cur.id))).toBe(true);
          expect(cur.score).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('shows at most three likely causes, each scoring 0.5 or more, each with a reason', () => {
    fc.assert(
      fc.property(arbitraryAnswers(), (a) => {
        const shown = likelyCauses(scoreCauses(a));
        expect(shown.length).toBeLessThanOrEqual(3);
        for (const c of shown) {
          expect(c.score).toBeGreaterThanOrEqual(0.5);
          expect(c.reasons.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
