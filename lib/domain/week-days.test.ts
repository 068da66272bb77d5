import { describe, expect, it } from 'vitest';
import { areAdjacent, DAY_NAMES, inWeekOrder, nextDay } from './week-days';

describe('week days', () => {
  it.each([
    ['mon', 'tue'],
    ['sat', 'sun'],
    ['sun', 'mon'],
  ] as const)('the day after %s is %s', (day, next) => {
    expect(nextDay(day)).toBe(next);
  });

  it.each([
    ['mon', 'tue', true],
    ['tue', 'mon', true],
    ['sun', 'mon', true],
    ['mon', 'sun', true],
    ['mon', 'wed', false],
    ['sat', 'mon', false],
    ['thu', 'thu', false],
  ] as const)('%s and %s side by side: %s', (a, b, expected) => {
    expect(areAdjacent(a, b)).toBe(expected);
  });

  it('puts days in week order, Monday first, each once', () => {
    expect(inWeekOrder(['sun', 'wed', 'mon', 'wed'])).toEqual(['mon', 'wed', 'sun']);
    expect(inWeekOrder([])).toEqual([]);
  });

  it('names the days in full', () => {
    expect(DAY_NAMES).toEqual({ mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' });
  });
});
