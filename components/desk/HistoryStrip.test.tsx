// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { dayOfIsoDate } from '../../lib/domain/calendar';
import { listHistory } from '../../lib/domain/checklist-progress';
import type { Checklist } from '../../lib/schemas/checklist';
import { HistoryStrip } from './HistoryStrip';

const list: Checklist = {
  id: 'diet',
  title: 'Diet',
  items: [
    { id: 'water', text: 'Water all day', why: 'Because.', causes: [] },
    { id: 'greens', text: 'Some greens', why: 'Because.', causes: [] },
  ],
};

afterEach(cleanup);

describe('the 14-day strip', () => {
  it('labels each day with its initial, outlines today, fills ticked days and says it in words', () => {
    // Thursday 26 November 2026; 13 to 26 November runs Friday to Thursday.
    const ticks = { '2026-11-20': ['water'], '2026-11-24': ['water', 'greens'], '2026-11-26': ['greens'] };
    const { container } = render(<HistoryStrip history={listHistory(list, ticks, '2026-11-26')} />);
    const days = [...container.querySelectorAll('.history-day')];
    expect(days.map((d) => d.querySelector('.history-letter')!.textContent).join('')).toBe('FSSMTWTFSSMTWT');
    expect(container.querySelectorAll('.today')).toHaveLength(1);
    expect(days.at(-1)!.classList.contains('today')).toBe(true);
    expect(days.filter((d) => !d.classList.contains('empty')).map((d) => d.getAttribute('title'))).toEqual([
      'Fri 20: 1 of 2',
      'Tue 24: 2 of 2',
      'Today 26: 1 of 2',
    ]);
    expect(days[11]!.classList.contains('full')).toBe(true);
    expect(days[11]!.textContent).toMatch('✓');
    expect(screen.getByText('Ticked on 3 of the last 14 days, today too.')).toBeTruthy();
  });

  it('reads as a plain sentence when nothing is ticked yet', () => {
    render(<HistoryStrip history={listHistory(list, {}, '2026-11-26')} />);
    expect(screen.getByText('Ticked on 0 of the last 14 days.')).toBeTruthy();
  });

  it('knows the weekday of a date', () => {
    expect(['2026-11-23', '2026-11-26', '2026-11-29', '2024-02-29'].map(dayOfIsoDate)).toEqual(['mon', 'thu', 'sun', 'thu']);
  });
});
