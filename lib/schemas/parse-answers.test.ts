import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS } from './profile-values';
import { parseAnswers } from './parse-answers';

describe('parseAnswers', () => {
  it('fills every missing field with its default', () => {
    const result = parseAnswers({});
    expect(result).toEqual({ ok: true, value: DEFAULT_ANSWERS });
    expect(DEFAULT_ANSWERS).toMatchObject({ painLevel: 3, painWeeks: 2, painWhen: ['after-run'], runDays: ['tue', 'thu', 'sat'], redFlags: [] });
  });

  it('keeps given values', () => {
    const result = parseAnswers({ painLevel: 6, runDays: [] });
    expect(result.ok && result.value.painLevel).toBe(6);
    expect(result.ok && result.value.runDays).toEqual([]);
  });

  it.each([
    [{ painLevel: 11 }, 'painLevel: expected a whole number from 0 to 10, got 11'],
    [{ painLevel: 2.5 }, 'painLevel: expected a whole number from 0 to 10, got 2.5'],
    [{ painLevel: '3' }, 'painLevel: expected a whole number from 0 to 10, got "3"'],
    [{ weeklyKm: 301 }, 'weeklyKm: expected a number of kilometres from 0 to 300, got 301'],
    [{ weeklyIncreasePct: -101 }, 'weeklyIncreasePct: expected a percentage from -100 to 200'],
    [{ runDays: ['mon', 'mon'] }, 'runDays: expected a list, each day once'],
    [{ runDays: ['monday'] }, 'runDays: expected a list, each day once, of: mon, tue'],
    [{ shoeSupport: 'bad' }, 'shoeSupport: expected one of: good, worn, unsure'],
    [{ pastInjury: 'no' }, 'pastInjury: expected true or false'],
    [{ redFlags: 'none' }, 'redFlags: expected a list'],
    [{ painlevel: 3 }, 'painlevel: unknown field; did you mean painLevel?'],
    [{ colour: 'red' }, 'colour: unknown field; known fields are painLevel'],
    [[1, 2], '(root): expected a JSON object of answers'],
    [null, '(root): expected a JSON object of answers'],
  ])('rejects %j naming the field and what is allowed', (input, message) => {
    const result = parseAnswers(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toContain(message);
  });

  it('names every bad field at once, one line each', () => {
    const result = parseAnswers({ painLevel: -1, toeTouch: 'maybe', extra: 1 });
    expect(!result.ok && result.errors.map((e) => e.split(':')[0])).toEqual(['painLevel', 'toeTouch', 'extra']);
  });
});
