import { describe, expect, it } from 'vitest';
import { addDays, dayOf, dayOfIsoDate, daysBetween, isoDate, localDate, localIsoDate, parseIsoDate, shiftIsoDate, weekStart } from './calendar';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('parseIsoDate', () => {
  it('reads a real date as UTC midnight', () => {
    expect(parseIsoDate('2026-11-02')?.getTime()).toBe(Date.UTC(2026, 10, 2));
    expect(parseIsoDate('2024-02-29')?.getTime()).toBe(Date.UTC(2024, 1, 29));
  });

  it('keeps years under 100 as they are', () => {
    expect(parseIsoDate('0099-03-01')?.getUTCFullYear()).toBe(99);
  });

  it.each(['2023-02-29', '2026-13-01', '2026-11-2', 'soon', ''])('rejects %j', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });
});

describe('dates in the runner\'s own time zone', () => {
  it('takes the local calendar day, late at night and just after midnight', () => {
    expect(localDate(new Date(2026, 10, 2, 23, 59)).getTime()).toBe(Date.UTC(2026, 10, 2));
    expect(localIsoDate(new Date(2026, 10, 3, 0, 1))).toBe('2026-11-03');
  });

  it.each([
    [new Date(2026, 10, 2, 12), 'mon'],
    [new Date(2026, 10, 8, 23, 59), 'sun'],
    [new Date(2026, 10, 7, 0, 1), 'sat'],
  ] as const)('%s is a %s', (now, day) => {
    expect(dayOf(now)).toBe(day);
  });
});

describe('date arithmetic', () => {
  it('adds and subtracts whole days', () => {
    expect(isoDate(addDays(utc('2026-11-02'), 3))).toBe('2026-11-05');
    expect(isoDate(addDays(utc('2026-11-02'), -2))).toBe('2026-10-31');
    expect(shiftIsoDate('2026-12-30', 3)).toBe('2027-01-02');
    expect(shiftIsoDate('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('refuses to shift a date that is not one', () => {
    expect(() => shiftIsoDate('2026-02-30', 1)).toThrow(new RangeError('not a date: 2026-02-30'));
  });

  it('counts whole days between dates, rounding to the nearest day', () => {
    expect(daysBetween(utc('2026-11-02'), utc('2026-11-09'))).toBe(7);
    expect(daysBetween(utc('2026-11-09'), utc('2026-11-02'))).toBe(-7);
    expect(daysBetween(utc('2026-11-02'), new Date(Date.UTC(2026, 10, 3, 11)))).toBe(1);
    expect(daysBetween(utc('2026-11-02'), new Date(Date.UTC(2026, 10, 3, 13)))).toBe(2);
  });
});

describe('days of the week', () => {
  it.each([
    ['2026-11-02', 'mon'],
    ['2026-11-04', 'wed'],
    ['2026-11-07', 'sat'],
    ['2026-11-08', 'sun'],
  ] as const)('%s is a %s', (iso, day) => {
    expect(dayOfIsoDate(iso)).toBe(day);
  });

  it('refuses a date that is not one', () => {
    expect(() => dayOfIsoDate('2026-11-31')).toThrow(new RangeError('not a date: 2026-11-31'));
  });
});

describe('weekStart: the Monday on or before start + 7 × (N − 1)', () => {
  it.each([
    ['2026-11-02', 1, '2026-11-02'],
    ['2026-11-04', 1, '2026-11-02'],
    ['2026-11-08', 1, '2026-11-02'],
    ['2026-11-04', 2, '2026-11-09'],
    ['2026-11-08', 8, '2026-12-21'],
  ] as const)('start %s, week %s: %s', (start, week, monday) => {
    expect(isoDate(weekStart(utc(start), week))).toBe(monday);
  });
});
