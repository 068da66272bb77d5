import { describe, expect, it } from 'vitest';
import { CHECKLISTS } from '../../data/checklists';
import type { Checklist } from '../schemas/checklist';
import { HISTORY_DAYS, listHistory, logBreak, pruneByDay, toggleTick } from './checklist-progress';

const posture = CHECKLISTS[0]!;

describe('checklist progress', () => {
  it('ticks belong to their day: tomorrow starts fresh', () => {
    let ticks = toggleTick({}, '2026-11-26', 'feet-flat', true);
    ticks = toggleTick(ticks, '2026-11-26', 'move-often', true);
    ticks = toggleTick(ticks, '2026-11-26', 'feet-flat', false);
    expect(ticks).toEqual({ '2026-11-26': ['move-often'] });
    expect(ticks['2026-11-27']).toBeUndefined();
  });

  it('keeps a 14-day history and drops what is older', () => {
    let ticks = toggleTick({}, '2026-11-01', 'feet-flat', true);
    ticks = toggleTick(ticks, '2026-11-20', 'feet-flat', true);
    ticks = toggleTick(ticks, '2026-11-26', 'screen-eye-level', true);
    expect(Object.keys(ticks)).toEqual(['2026-11-20', '2026-11-26']);
    const history = listHistory(posture, ticks, '2026-11-26');
    expect(history).toHaveLength(14);
    expect(history[0]!.day).toBe('2026-11-13');
    expect(history.at(-1)).toEqual({ day: '2026-11-26', done: 1, total: posture.items.length });
    expect(history.find((h) => h.day === '2026-11-20')!.done).toBe(1);
  });

  it('counts breaks taken and skipped per day', () => {
    let log = logBreak({}, '2026-11-26', 'taken');
    log = logBreak(log, '2026-11-26', 'skipped');
    log = logBreak(log, '2026-11-26', 'taken');
    expect(log).toEqual({ '2026-11-26': { taken: 2, skipped: 1 } });
  });
});

describe('the 14-day window at its edges', () => {
  const mini: Checklist = { id: 'posture', title: 'Mini', items: [{ id: 'a', text: 'Do a', why: 'Because a', causes: [] }, { id: 'b', text: 'Do b', why: 'Because b', causes: [] }] };

  it('keeps the day 13 days back, drops the one 14 days back and any day after today', () => {
    const record = { '2026-11-12': 1, '2026-11-13': 2, '2026-11-26': 3, '2026-11-27': 4 };
    expect(pruneByDay(record, '2026-11-26')).toEqual({ '2026-11-13': 2, '2026-11-26': 3 });
    expect(HISTORY_DAYS).toBe(14);
  });

  it('ticks an item once however often it is ticked', () => {
    const ticks = toggleTick(toggleTick({}, '2026-11-26', 'a', true), '2026-11-26', 'a', true);
    expect(ticks).toEqual({ '2026-11-26': ['a'] });
  });

  it('counts only the list\'s own items in its history', () => {
    const history = listHistory(mini, { '2026-11-26': ['a', 'feet-flat', 'b'], '2026-11-25': ['zzz'] }, '2026-11-26');
    expect(history.slice(-2)).toEqual([{ day: '2026-11-25', done: 0, total: 2 }, { day: '2026-11-26', done: 2, total: 2 }]);
    expect(history[0]).toEqual({ day: '2026-11-13', done: 0, total: 2 });
  });

  it('drops break counts older than the window', () => {
    const log = logBreak({ '2026-11-12': { taken: 3, skipped: 0 }, '2026-11-13': { taken: 1, skipped: 1 } }, '2026-11-26', 'skipped');
    expect(log).toEqual({ '2026-11-13': { taken: 1, skipped: 1 }, '2026-11-26': { taken: 0, skipped: 1 } });
  });
});
