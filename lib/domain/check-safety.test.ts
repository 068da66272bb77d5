import { describe, expect, it } from 'vitest';
import { AnswersSchema, RedFlagSchema, type AnswersInput } from '../schemas/answers';
import { checkSafety, EMERGENCY_FLAGS } from './check-safety';

const safety = (input: AnswersInput) => checkSafety(AnswersSchema.parse(input));

describe('checkSafety', () => {
  it('lets default answers through with no referral', () => {
    expect(safety({})).toEqual({ stop: false, urgency: null, referral: false, messages: [] });
  });

  it.each(RedFlagSchema.options)('stops on the red flag %s', (flag) => {
    const result = safety({ redFlags: [flag] });
    expect(result.stop).toBe(true);
    expect(result.urgency).toBe(EMERGENCY_FLAGS.includes(flag) ? 'emergency' : 'urgent');
    expect(result.messages[0]).toMatch(EMERGENCY_FLAGS.includes(flag) ? /today/ : /doctor/);
  });

  it('treats a mix of flags as the most urgent', () => {
    expect(safety({ redFlags: ['night-pain', 'both-legs'] }).urgency).toBe('emergency');
  });

  it.each<[string, AnswersInput, RegExp]>([
    ['a spinal diagnosis', { spinalDiagnosis: 'sciatica' }, /spinal diagnosis/],
    ['pain below the knee', { painWhere: ['below-knee'] }, /below the knee/],
    ['a leg-length difference', { legLength: 'yes' }, /leg-length/],
    ['pain of 7/10', { painLevel: 7 }, /7\/10/],
    ['pain for 6 weeks', { painWeeks: 6 }, /6 weeks/],
  ])('refers but still plans for %s', (_, input, reason) => {
    const result = safety(input);
    expect(result).toMatchObject({ stop: false, urgency: null, referral: true });
    expect(result.messages.join(' ')).toMatch(/physiotherapist/);
    expect(result.messages.join(' ')).toMatch(reason);
  });

  it.each<AnswersInput>([{ painLevel: 6 }, { painWeeks: 5 }, { legLength: 'unsure' }])('does not refer for %j', (input) => {
    expect(safety(input).referral).toBe(false);
  });
});
