import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../data/exercises';
import { AnswersSchema, type AnswersInput } from '../schemas/answers';
import { buildPlan, type PlanOptions } from './build-plan';

const plan = (input: AnswersInput, options: PlanOptions = {}) => buildPlan(AnswersSchema.parse({ age: 35, ...input }), EXERCISES, options);
const reasonIds = (input: AnswersInput, options: PlanOptions = {}) => plan(input, options).safety.referralReasons.map((r) => r.id);

describe('buildPlan: the week asked for', () => {
  it.each([0, 9, 1.5, -1])('refuses week %s', (week) => {
    expect(() => plan({}, { week })).toThrow(new RangeError(`week must be a whole number from 1 to 8, got ${week}`));
  });

  it.each([1, 8])('plans week %s', (week) => {
    expect(plan({}, { week }).week?.number).toBe(week);
  });

  it('plans week 1 when no week is given', () => {
    expect(plan({}).week?.number).toBe(1);
  });

  it('counts the weeks since the answers into the weeks of pain: 3 weeks answered is 6 in week 4', () => {
    expect(reasonIds({ painWeeks: 3 }, { week: 3 })).toEqual([]);
    expect(reasonIds({ painWeeks: 3 }, { week: 4 })).toEqual(['long-pain']);
    expect(plan({ painWeeks: 3 }, { week: 4 }).safety.referralReasons[0]!.values).toEqual({ weeks: 6 });
  });
});

describe('buildPlan: referrals only the log can show', () => {
  it('adds them after the answers\' own reasons and refers', () => {
    const p = plan({ painLevel: 7 }, { referrals: [{ id: 'not-improving', values: {} }] });
    expect(p.safety.referral).toBe(true);
    expect(p.safety.referralReasons.map((r) => r.id)).toEqual(['high-pain', 'not-improving']);
    const only = plan({}, { referrals: [{ id: 'programme-ended', values: {} }] }).safety;
    expect(only).toMatchObject({ referral: true, referralReasons: [{ id: 'programme-ended', values: {} }] });
  });

  it('does not refer with no reasons at all', () => {
    expect(plan({}, { referrals: [] }).safety).toMatchObject({ referral: false, referralReasons: [] });
  });

  it('leaves them out of a stop, which is never gentle', () => {
    const p = plan({ painLevel: 9, spinalDiagnosis: 'sciatica' }, { referrals: [{ id: 'not-improving', values: {} }] });
    expect(p.week).toBeNull();
    expect(p.safety).toMatchObject({ stop: true, urgency: 'severe-pain', referralReasons: [], gentle: false });
  });

  it('makes the plan gentle when a referral reason announces it (a minor fall under 50)', () => {
    const p = plan({ redFlags: ['trauma'] });
    expect(p.safety.referralReasons.map((r) => r.id)).toEqual(['minor-trauma']);
    expect(p.safety.gentle).toBe(true);
    expect(plan({}).safety.gentle).toBe(false);
  });
});
