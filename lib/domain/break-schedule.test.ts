import { describe, expect, it } from 'vitest';
import { DEFAULT_BREAK_SETTINGS } from '../schemas/checklist';
import { nextBreakTime } from './break-schedule';

const on = { ...DEFAULT_BREAK_SETTINGS, enabled: true };
const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m); // November 2026; the 26th is a Thursday

describe('nextBreakTime', () => {
  it.each([
    ['before work: the first break 40 min in', at(26, 7), at(26, 9, 40)],
    ['mid-morning: the next slot', at(26, 10, 5), at(26, 10, 20)],
    ['exactly on a slot: the one after', at(26, 10, 20), at(26, 11, 0)],
    ['after work on Thursday: Friday morning', at(26, 17, 30), at(27, 9, 40)],
    ['Friday evening: Monday morning', at(27, 18), at(30, 9, 40)],
    ['at the weekend: Monday morning', at(28, 12), at(30, 9, 40)],
  ])('%s', (_, now, next) => {
    expect(nextBreakTime(on, now)).toEqual(next);
  });

  it('schedules nothing while switched off, with no days, or with empty hours', () => {
    expect(nextBreakTime(DEFAULT_BREAK_SETTINGS, at(26, 10))).toBeNull();
    expect(nextBreakTime({ ...on, days: [] }, at(26, 10))).toBeNull();
    expect(nextBreakTime({ ...on, start: '17:00', end: '09:00' }, at(26, 10))).toBeNull();
  });

  it('keeps to custom hours and spacing', () => {
    expect(nextBreakTime({ ...on, everyMinutes: 90, start: '08:00', end: '12:00', days: ['sat'] }, at(26, 10))).toEqual(at(28, 9, 30));
  });
});

describe('nextBreakTime at its edges', () => {
  it('keeps a break that falls exactly at the end of the day', () => {
    expect(nextBreakTime({ ...on, everyMinutes: 60, start: '09:00', end: '11:00' }, at(26, 10, 30))).toEqual(at(26, 11, 0));
  });

  it('has no break when the day ends before the first one, and none for hours that start and end together', () => {
    expect(nextBreakTime({ ...on, everyMinutes: 60, start: '09:00', end: '09:30', days: ['thu'] }, at(26, 8))).toBeNull();
    expect(nextBreakTime({ ...on, start: '09:00', end: '09:00' }, at(26, 8))).toBeNull();
  });

  it('finds the same weekday a week on when today\'s breaks are over', () => {
    expect(nextBreakTime({ ...on, days: ['thu'] }, at(26, 17))).toEqual(new Date(2026, 11, 3, 9, 40));
  });
});

describe('nextBreakTime with hours that do not start on the hour', () => {
  it('counts the minutes of the start time', () => {
    expect(nextBreakTime({ ...on, everyMinutes: 60, start: '08:30', end: '12:45' }, at(26, 7))).toEqual(at(26, 9, 30));
    expect(nextBreakTime({ ...on, everyMinutes: 60, start: '08:30', end: '12:45' }, at(26, 12, 31))).toEqual(at(27, 9, 30));
  });
});
