import { describe, expect, it } from 'vitest';
import { CHECKLISTS } from '../../data/checklists';
import { listHistory, logBreak, toggleTick } from './checklist-progress';

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
