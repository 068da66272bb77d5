import { describe, expect, it } from 'vitest';
import { EMPTY_LOG, type Log, type LoggedSession, type ShoePair } from '../schemas/log';
import { longestRecentRun, notImproving, painForWeek, trackedShoeKm, weeklyMorningPain } from './log-readings';
import type { WeekSummary } from './week-log';

const log = (sessions: LoggedSession[] = [], shoes: ShoePair[] = [], mornings: Log['mornings'] = []): Log => ({ version: 1, start: '2026-03-02', ...EMPTY_LOG, sessions, shoes, mornings });
const run = (date: string, km: number, done = true): LoggedSession => (done ? { date, kind: 'run', done, km, pain: 2 } : { date, kind: 'run', done, km });
const week = (morningPains: number[]): WeekSummary => ({ done: 0, worstPain: null, morningPains, worseMornings: 0, flare: false, runsLogged: 0, loggedKm: 0 });

describe('weekly morning pain: the median of the week\'s mornings, none under 3', () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[4, 5], null],
    [[5, 1, 3], 3],
    [[9, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[6, 2, 6, 2], 4],
  ])('mornings %j → %s', (pains, median) => {
    expect(weeklyMorningPain(week(pains))).toBe(median);
  });
});

describe('not improving at the bounds (2 points or 30 % better than week 1)', () => {
  it.each<[(number | null)[], number, boolean]>([
    // The latest week with a morning median counts; a last week without one does not hide it.
    [[6, 6, null], 5, true],
    [[6, 3, null], 5, false],
    // No later week to compare with.
    [[6], 5, false],
    [[6, null, null], 5, false],
    // Baseline 8: 2 points better is enough although under 30 % (2.4).
    [[8, 6], 5, false],
    [[8, 6.5], 5, true],
    // Baseline 3: 30 % (0.9) is enough although under 2 points; 0.8 is not.
    [[3, 2], 5, false],
    [[3, 2.2], 5, true],
    // Baseline just above 2 is checked, at 2 it is not.
    [[2.5, 2.5], 5, true],
    [[2, 2], 5, false],
    [[], 5, false],
  ])('weekly pain %j in week %i → %s', (weekly, calendarWeek, expected) => {
    expect(notImproving(weekly, calendarWeek)).toBe(expected);
  });
});

describe('distance on the pair of shoes in use', () => {
  const older: ShoePair = { name: 'Blue', startKm: 300, from: '2026-01-10' };
  const newer: ShoePair = { name: 'Red', startKm: 50, from: '2026-02-01' };

  it('is the newest pair started by today, in whatever order the pairs are listed', () => {
    expect(trackedShoeKm(log([], [older, newer]), '2026-03-01')).toBe(50);
    expect(trackedShoeKm(log([], [newer, older]), '2026-03-01')).toBe(50);
    // Before the newer pair starts, the older one is in use.
    expect(trackedShoeKm(log([], [older, newer]), '2026-01-31')).toBe(300);
  });

  it('counts a pair from the day it starts, and not on the day it is retired', () => {
    expect(trackedShoeKm(log([], [newer]), '2026-02-01')).toBe(50);
    expect(trackedShoeKm(log([], [newer]), '2026-01-31')).toBeNull();
    const retired = { ...older, retired: '2026-02-01' };
    expect(trackedShoeKm(log([], [retired]), '2026-01-31')).toBe(300);
    expect(trackedShoeKm(log([], [retired]), '2026-02-01')).toBeNull();
    expect(trackedShoeKm(log([], [retired]), '2026-03-01')).toBeNull();
  });

  it('adds the runs done from the pair\'s first day up to today, and nothing else', () => {
    const sessions: LoggedSession[] = [
      run('2026-01-31', 7),
      run('2026-02-01', 5),
      run('2026-02-03', 4, false),
      { date: '2026-02-04', kind: 'cross-training', done: true, km: 20, pain: 1 },
      { date: '2026-02-05', kind: 'strength', done: true, km: 9, pain: 1 },
      run('2026-02-10', 3),
      run('2026-02-11', 6),
    ];
    expect(trackedShoeKm(log(sessions, [newer]), '2026-02-10')).toBe(58);
  });
});

describe('the longest recent run (30 days before the day, since the last restart)', () => {
  it('counts only runs done before the day, within 30 days', () => {
    const sessions: LoggedSession[] = [
      run('2026-03-01', 9),
      run('2026-03-10', 8),
      run('2026-03-12', 14, false),
      { date: '2026-03-13', kind: 'cross-training', done: true, km: 25, pain: 1 },
      { date: '2026-03-14', kind: 'run', done: true, pain: 1 },
      run('2026-03-31', 20),
    ];
    expect(longestRecentRun(log(sessions), '2026-03-31', null)).toBe(9);
    expect(longestRecentRun(log(sessions), '2026-04-01', null)).toBe(20);
    expect(longestRecentRun(log(sessions), '2026-04-02', null)).toBe(20);
    expect(longestRecentRun(log(sessions.slice(1, 5)), '2026-03-31', null)).toBe(8);
    expect(longestRecentRun(log(sessions.slice(2, 5)), '2026-03-31', null)).toBeNull();
  });

  it('counts runs from the restart\'s day on', () => {
    const sessions = [run('2026-03-05', 12), run('2026-03-10', 8), run('2026-03-20', 6)];
    expect(longestRecentRun(log(sessions), '2026-03-31', '2026-03-10')).toBe(8);
    expect(longestRecentRun(log(sessions), '2026-03-31', '2026-03-11')).toBe(6);
    expect(longestRecentRun(log(sessions), '2026-03-31', '2026-03-21')).toBeNull();
  });
});

describe('the pain a week is planned with', () => {
  it('is the worst in the 7 days before it, sessions\' pain included', () => {
    const sessions: LoggedSession[] = [{ date: '2026-03-05', kind: 'strength', done: true, pain: 5 }, { date: '2026-03-06', kind: 'run', done: false }];
    expect(painForWeek(log(sessions), '2026-03-09')).toBe(5);
    expect(painForWeek(log(sessions, [], [{ date: '2026-03-07', pain: 3, compared: 'same' }]), '2026-03-09')).toBe(5);
    expect(painForWeek(log([sessions[1]!]), '2026-03-09')).toBeNull();
  });

  it('counts the day 7 days before, not the day itself', () => {
    const mornings: Log['mornings'] = [{ date: '2026-03-02', pain: 6, compared: 'same' }, { date: '2026-03-09', pain: 8, compared: 'same' }];
    expect(painForWeek(log([], [], mornings), '2026-03-09')).toBe(6);
    expect(painForWeek(log([], [], mornings), '2026-03-10')).toBe(8);
    expect(painForWeek(log([], [], mornings.slice(0, 1)), '2026-03-10')).toBeNull();
  });

  it('lifts the severe-pain stop once the latest answer is 8 or less', () => {
    const mornings: Log['mornings'] = [{ date: '2026-03-05', pain: 9, compared: 'worse' }];
    expect(painForWeek(log([], [], mornings), '2026-03-09')).toBe(9);
    expect(painForWeek(log([], [], mornings), '2026-03-09', { date: '2026-03-05', pain: 8 })).toBe(8);
    expect(painForWeek(log([], [], mornings), '2026-03-09', { date: '2026-03-06', pain: 3 })).toBe(8);
    expect(painForWeek(log([], [], [...mornings, { date: '2026-03-07', pain: 9, compared: 'worse' }]), '2026-03-09', { date: '2026-03-06', pain: 3 })).toBe(9);
  });
});
