import { describe, expect, it } from 'vitest';
import { dayOf, localIsoDate, shiftIsoDate } from './calendar';
import { programmeWeek, upcomingStart } from './programme-week';

const local = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 9, 30);
};

describe('programmeWeek', () => {
  it.each([
    [null, '2026-11-26', 1, false],
    ['2026-11-26', '2026-11-26', 1, false],
    ['2026-11-26', '2026-11-29', 1, false], // Sunday of week 1
    ['2026-11-26', '2026-11-30', 2, false], // the next Monday starts week 2, as on the sheet
    ['2026-11-26', '2027-01-17', 8, false],
    ['2026-11-26', '2027-01-18', 8, true],
    ['2026-12-10', '2026-11-26', 1, false], // before the start
  ])('start %s, today %s: week %i', (start, today, week, finished) => {
    expect(programmeWeek(start, local(today))).toEqual({ week, finished });
  });

  it('knows the day and moves dates', () => {
    expect(dayOf(local('2026-11-26'))).toBe('thu');
    expect(dayOf(local('2026-11-29'))).toBe('sun');
    expect(shiftIsoDate('2026-12-28', 7)).toBe('2027-01-04');
    expect(localIsoDate(local('2026-02-03'))).toBe('2026-02-03');
  });
});

describe('upcomingStart', () => {
  it.each([
    [null, '2026-11-26', null],
    ['2026-12-10', '2026-11-26', '2026-12-07'], // a Thursday start: week 1 is from its Monday
    ['2026-12-07', '2026-12-06', '2026-12-07'], // the day before
    ['2026-12-07', '2026-12-07', null], // the day itself: begun
    ['2026-12-10', '2026-12-08', null], // within week 1, before the start date: begun
    ['2026-11-26', '2026-11-26', null],
  ])('start %s, today %s: %s', (start, today, monday) => {
    expect(upcomingStart(start, local(today))).toBe(monday);
  });
});
