import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryAnswers } from '../../tests/support/arbitrary-answers';
import { AnswersSchema, type AnswersInput } from '../schemas/answers';
import { CAUSE_IDS, type CauseId } from '../schemas/cause';
import { likelyCauses } from './likely-causes';
import { scoreCauses } from './score-causes';

// Answers that point to no cause at all: every score starts at 0.
const NEUTRAL: AnswersInput = { plankSeconds: 90, toeTouch: 'easily', shoeKm: 100, sittingHours: 2, runningPosture: 'upright' };
const scores = (patch: AnswersInput) =>
  Object.fromEntries(scoreCauses(AnswersSchema.parse({ ...NEUTRAL, ...patch })).map((c) => [c.id, c])) as Record<CauseId, ReturnType<typeof scoreCauses>[number]>;

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
    ['adding 15 % a week', { weeklyIncreasePct: 15 }, 'overtraining', 0.7, /15 % a week; 5 %/],
    ['adding 8 % a week', { weeklyIncreasePct: 8 }, 'overtraining', 0.5, /8 % a week/],
    ['no rest day', { runDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }, 'overtraining', 0.3, /every day/],
    ['cannot touch toes', { toeTouch: 'no' }, 'flexibility', 0.5, /toes/],
    ['toes, sitting and morning stiffness', { toeTouch: 'no', sittingHours: 10, painWhen: ['next-morning'] }, 'flexibility', 0.9, /morning/],
    ['a disc diagnosis', { spinalDiagnosis: 'herniated-disc' }, 'spinal-condition', 0.8, /herniated disc/],
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
    const [footwear] = scoreCauses(AnswersSchema.parse({ ...NEUTRAL, shoeKm: 900 }), 'mi');
    expect(footwear!.reasons[0]).toBe('Your shoes have about 559 mi on them, past the 500 mi when most are worn out.');
  });

  it('never lets a pattern leak into an unrelated cause', () => {
    const result = scores({ shoeKm: 900 });
    expect(CAUSE_IDS.filter((id) => result[id].score > 0)).toEqual(['footwear']);
  });

  it('orders by score, ties in table order, always all eight', () => {
    fc.assert(
      fc.property(arbitraryAnswers(), (a) => {
        const causes = scoreCauses(a);
        expect(causes.map((c) => c.id).sort()).toEqual([...CAUSE_IDS].sort());
        for (let i = 1; i < causes.length; i++) {
          const [prev, cur] = [causes[i - 1]!, causes[i]!];
          expect(prev.score > cur.score || (prev.score === cur.score && CAUSE_IDS.indexOf(prev.id) < CAUSE_IDS.indexOf(cur.id))).toBe(true);
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
