import { describe, expect, it } from 'vitest';
import type { Day } from '../schemas/answers';
import { arrangeWeek, type LayoutInput, type WeekLayout } from './arrange-week';

const layout = (runDays: Day[], over: Partial<LayoutInput> = {}): WeekLayout =>
  arrangeWeek({ runDays, pauseRuns: false, runWalk: false, strengthDays: 3, ...over });

describe('arrangeWeek: fixed weeks', () => {
  it('keeps three run days, rests the day after the last run, and puts strength on the three free days', () => {
    expect(layout(['sat', 'tue', 'thu'])).toEqual({
      runs: ['tue', 'thu', 'sat'], rest: 'sun', strength: ['mon', 'wed', 'fri'], crossTraining: ['mon', 'wed', 'fri'], restAdded: null, spacedOut: [],
    });
  });

  it('turns a daily runner\'s Monday into the rest day', () => {
    expect(layout(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], { strengthDays: 2 })).toEqual({
      runs: ['tue', 'wed', 'thu', 'fri', 'sat', 'sun'], rest: 'mon', strength: ['tue', 'thu'], crossTraining: [], restAdded: 'mon', spacedOut: [],
    });
  });

  it('keeps six run days as they are and rests on the one free day', () => {
    const week = layout(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    expect(week).toMatchObject({ runs: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], rest: 'sun', restAdded: null, crossTraining: [] });
    // Every strength day is a run day here: the first non-consecutive set in week order wins.
    expect(week.strength).toEqual(['mon', 'wed', 'fri']);
    expect(layout(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], { strengthDays: 2 }).strength).toEqual(['mon', 'wed']);
  });

  it('pauses runs: the run days become cross-training, Sunday rests', () => {
    expect(layout(['tue', 'thu', 'sat'], { pauseRuns: true })).toEqual({
      runs: [], rest: 'sun', strength: ['mon', 'wed', 'fri'], crossTraining: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], restAdded: null, spacedOut: [],
    });
  });

  it('pauses a daily runner without adding a rest day', () => {
    expect(layout(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], { pauseRuns: true, strengthDays: 2 })).toEqual({
      runs: [], rest: 'sun', strength: ['mon', 'wed'], crossTraining: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], restAdded: null, spacedOut: [],
    });
  });
});

describe('arrangeWeek: the rest day', () => {
  it.each([
    [['mon', 'tue'], 'wed'],
    [['sat', 'sun'], 'mon'],
    [['mon', 'fri', 'sat', 'sun'], 'tue'],
    [['wed', 'thu', 'fri', 'sat', 'sun'], 'mon'],
    [['mon', 'tue', 'wed', 'thu', 'sat', 'sun'], 'fri'],
    [[], 'sun'],
  ] as const)('runs on %j rest on %s', (runDays, rest) => {
    expect(layout([...runDays]).rest).toBe(rest);
  });

  it('never rests on a wanted run day that run/walk spacing dropped', () => {
    // Runs Mon-Sat wanted; spacing keeps Mon, Wed, Fri; Sunday stays the only free day.
    expect(layout(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], { runWalk: true })).toMatchObject({
      runs: ['mon', 'wed', 'fri'], spacedOut: ['tue', 'thu', 'sat'], rest: 'sun', crossTraining: ['tue', 'thu', 'sat'],
    });
  });
});

describe('arrangeWeek: run/walk sessions 48 h apart', () => {
  it.each([
    [['tue', 'thu', 'sat'], ['tue', 'thu', 'sat'], []],
    [['mon', 'tue', 'wed', 'sun'], ['mon', 'wed'], ['tue', 'sun']],
    [['mon', 'wed', 'sun'], ['mon', 'wed'], ['sun']],
    [['fri', 'sat'], ['fri'], ['sat']],
  ] as const)('%j keeps %j and drops %j', (runDays, runs, spacedOut) => {
    expect(layout([...runDays], { runWalk: true })).toMatchObject({ runs, spacedOut });
  });

  it('does not space out runs that are not run/walk', () => {
    expect(layout(['fri', 'sat'])).toMatchObject({ runs: ['fri', 'sat'], spacedOut: [] });
  });

  it('lets a dropped run day take strength and cross-training', () => {
    expect(layout(['mon', 'tue', 'wed', 'sun'], { runWalk: true, strengthDays: 2 })).toEqual({
      runs: ['mon', 'wed'], rest: 'thu', strength: ['tue', 'fri'], crossTraining: ['tue', 'fri', 'sat', 'sun'], restAdded: null, spacedOut: ['tue', 'sun'],
    });
  });
});

describe('arrangeWeek: strength days', () => {
  it.each([
    [['mon', 'tue'], 2, ['thu', 'sat']],
    [['mon', 'tue'], 3, ['mon', 'thu', 'sat']],
    [['mon', 'wed', 'fri'], 2, ['tue', 'thu']],
    [['sat', 'sun'], 3, ['tue', 'thu', 'sat']],
  ] as const)('runs %j, %s strength days: %j', (runDays, strengthDays, strength) => {
    expect(layout([...runDays], { strengthDays }).strength).toEqual(strength);
  });
});
