import { describe, expect, it } from 'vitest';
import { EMPTY_LOG, type Log } from '../schemas/log';
import { summariseWeek } from './week-log';

// Week 1 is Monday 2026-11-02 up to (not including) Monday 2026-11-09.
const log = (over: Partial<Log>): Log => ({ version: 1, start: '2026-11-02', ...EMPTY_LOG, ...over });
const week1 = (l: Log) => summariseWeek(l, '2026-11-02', '2026-11-09');

describe('summariseWeek', () => {
  it('says nothing of a week with no entries', () => {
    expect(week1(log({}))).toEqual({ done: 0, worstPain: null, morningPains: [], worseMornings: 0, flare: false, runsLogged: 0, loggedKm: 0 });
  });

  it('counts the week from its Monday up to the next Monday, not including it', () => {
    const l = log({
      sessions: [
        { date: '2026-11-01', kind: 'run', done: true, km: 9, pain: 9 },
        { date: '2026-11-02', kind: 'run', done: true, km: 5, pain: 2 },
        { date: '2026-11-08', kind: 'strength', done: true, pain: 3 },
        { date: '2026-11-09', kind: 'run', done: true, km: 7, pain: 8 },
      ],
      mornings: [
        { date: '2026-11-01', pain: 7, compared: 'worse' },
        { date: '2026-11-08', pain: 1, compared: 'worse' },
        { date: '2026-11-09', pain: 6, compared: 'worse' },
      ],
      flares: ['2026-11-09'],
    });
    expect(week1(l)).toEqual({ done: 2, worstPain: 3, morningPains: [1], worseMornings: 1, flare: false, runsLogged: 1, loggedKm: 5 });
  });

  it('counts only done sessions, and only done runs for the distance, but takes pain from every entry', () => {
    const l = log({
      sessions: [
        { date: '2026-11-03', kind: 'run', done: true, km: 6.15, pain: 2 },
        { date: '2026-11-04', kind: 'run', done: false, km: 10 },
        { date: '2026-11-05', kind: 'run', done: false, km: 4, pain: 6 },
        { date: '2026-11-06', kind: 'cross-training', done: true, pain: 1 },
        { date: '2026-11-07', kind: 'run', done: true, km: 4.12, pain: 0 },
      ],
      mornings: [
        { date: '2026-11-03', pain: 4, compared: 'same' },
        { date: '2026-11-05', pain: 2, compared: 'better' },
        { date: '2026-11-06', pain: 3, compared: 'worse' },
      ],
      flares: ['2026-11-08'],
    });
    expect(week1(l)).toEqual({ done: 3, worstPain: 6, morningPains: [4, 2, 3], worseMornings: 1, flare: true, runsLogged: 2, loggedKm: 10.3 });
  });

  it('takes the worst pain from the mornings when they are worse than the sessions', () => {
    const l = log({
      sessions: [{ date: '2026-11-03', kind: 'strength', done: true, pain: 2 }],
      mornings: [{ date: '2026-11-04', pain: 5, compared: 'same' }],
    });
    expect(week1(l).worstPain).toBe(5);
  });

  it('reads a done run without a distance as 0 km', () => {
    expect(week1(log({ sessions: [{ date: '2026-11-03', kind: 'run', done: true, pain: 1 }] }))).toMatchObject({ runsLogged: 1, loggedKm: 0 });
  });
});
