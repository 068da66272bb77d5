import { describe, expect, it } from 'vitest';
import { isoDate, parseIsoDate, weekStart } from '../domain/calendar';
import { dateRange } from './week-dates';

describe('week dates', () => {
  it.each([
    ['2026-11-26', 1, '2026-11-23'], // a Thursday start: week 1 begins that Monday
    ['2026-11-23', 1, '2026-11-23'], // a Monday start
    ['2026-11-29', 1, '2026-11-23'], // a Sunday start
    ['2026-11-26', 2, '2026-11-30'],
    ['2026-12-28', 2, '2027-01-04'], // across the year
  ])('a programme from %s has week %i begin on %s', (start, week, monday) => {
    expect(isoDate(weekStart(parseIsoDate(start)!, week))).toBe(monday);
  });

  it('rejects dates that do not exist', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '26-11-01', 'today']) expect(parseIsoDate(bad)).toBeNull();
  });

  it('prints ranges with their years', () => {
    expect(dateRange(parseIsoDate('2026-11-23')!, parseIsoDate('2026-11-29')!)).toBe('23 Nov - 29 Nov 2026');
    expect(dateRange(parseIsoDate('2026-12-28')!, parseIsoDate('2027-01-03')!)).toBe('28 Dec 2026 - 3 Jan 2027');
  });
});
