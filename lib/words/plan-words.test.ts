import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../data/exercises';
import { arbitraryAnswers } from '../../tests/support/arbitrary-answers';
import { propertyRuns } from '../../tests/support/property-runs';
import { buildPlan } from '../domain/build-plan';
import { AnswersSchema } from '../schemas/answers';
import { PlanSchema } from '../schemas/plan';
import { planWords } from './plan-words';

describe('planWords: the plan in words, at the edge', () => {
  it('says every plan in finished sentences, in the runner\'s units, keeping the numbers in km', () => {
    fc.assert(
      fc.property(arbitraryAnswers({ redFlags: true }), fc.integer({ min: 1, max: 8 }), (a, week) => {
        const data = buildPlan(a, EXERCISES, { week });
        const km = planWords(data, 'km');
        const mi = planWords(data, 'mi');
        expect(PlanSchema.safeParse(km).success).toBe(true);
        const text = JSON.stringify([km.safety.messages, km.causes.map((c) => c.reasons), km.week?.notes.map((n) => n.text)]);
        expect(text).not.toMatch(/\$\{|undefined|NaN|\[object/);
        // Units change the words only: the facts and numbers are the same plan.
        expect(mi.week?.runCapKm).toBe(km.week?.runCapKm);
        expect(mi.week?.notes.map((n) => n.values)).toEqual(km.week?.notes.map((n) => n.values));
        const miText = JSON.stringify([mi.causes.map((c) => c.reasons), mi.week?.notes.map((n) => n.text)]);
        expect(miText).not.toMatch(/\d km\b/);
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('gives distances in miles where the runner chose miles', () => {
    const data = buildPlan(AnswersSchema.parse({ shoeKm: 900, weeklyIncreasePct: 20 }), EXERCISES);
    const mi = planWords(data, 'mi');
    expect(mi.week!.notes.find((n) => n.id === 'distance-cut')!.text).toMatch(/drops 10 % to 11.2 mi/);
    expect(mi.causes.find((c) => c.id === 'footwear')!.reasons[0]).toBe('Your shoes have about 559 mi on them: most pairs are worn out by about 500 mi.');
  });

  it('keeps the domain free of sentences: the pipeline returns ids and values only', () => {
    const data = buildPlan(AnswersSchema.parse({ shoeKm: 900, painWhere: ['below-knee'] }), EXERCISES);
    for (const note of data.week!.notes) expect(Object.keys(note).sort()).toEqual(['id', 'values']);
    for (const cause of data.causes) for (const r of cause.reasons) expect(Object.keys(r).sort()).toEqual(['id', 'values']);
    expect(data.safety).not.toHaveProperty('messages');
  });
});
