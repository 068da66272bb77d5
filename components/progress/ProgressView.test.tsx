// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_LOG, type LogEntries } from '../../lib/schemas/log';
import type { Progress, WeekRecord } from '../../lib/schemas/plan';
import { lazy } from '../lazy';
import DefaultProgressView, { ProgressView } from './ProgressView';

afterEach(cleanup);

const START = '2026-11-02';
const WEEK_1: WeekRecord = { calendarWeek: 1, step: 1, planned: 8, done: 7, worstPain: 5, morningMedian: 3, loggedKm: 16.09344, decision: 'hold', said: 'held: pain reached 5/10' };
const PROGRESS: Progress = { calendarWeek: 2, step: 1, decision: 'hold', reasons: ['held: pain reached 5/10'], notImproving: false, weeklyPain: [3], shoeKm: 420, weeks: [WEEK_1] };

/** Week 1: sessions on Monday (2) and Tuesday (3 and 5: the worst counts), mornings 4 then 2; week 2: one run. */
const LOG: LogEntries = {
  ...EMPTY_LOG,
  sessions: [
    { date: '2026-11-02', kind: 'strength', done: true, pain: 2 },
    { date: '2026-11-03', kind: 'run', done: true, km: 6, pain: 3 },
    { date: '2026-11-03', kind: 'strength', done: true, pain: 5 },
    { date: '2026-11-05', kind: 'run', done: false },
    { date: '2026-10-30', kind: 'run', done: true, km: 5, pain: 9 },
    { date: '2026-11-10', kind: 'run', done: true, km: 5, pain: 1 },
  ],
  mornings: [
    { date: '2026-11-06', pain: 2, compared: 'better' },
    { date: '2026-11-03', pain: 4, compared: 'worse' },
  ],
  flares: ['2026-11-05'],
};

const view = (props: Partial<Parameters<typeof ProgressView>[0]> = {}) =>
  render(<ProgressView progress={PROGRESS} log={LOG} start={START} today="2026-11-11" units="km" onClose={() => {}} {...props} />);

const chart = () => screen.getByRole('img', { name: /Back pain by day/ });

describe('ProgressView: the pain chart', () => {
  it('plots a circle for each day with session pain (the worst of the day) and a square for each morning, at its day and pain', () => {
    view();
    const svg = chart();
    // Two weeks: 14 day slots across x 24-334; pain 0-10 runs y 150 up to 8.
    const circles = [...svg.querySelectorAll('circle.pv-point-session')].map((c) => [c.getAttribute('cx'), c.getAttribute('cy')]);
    expect(circles).toEqual([
      ['35.07', '121.6'], // Monday 2 November, day 0: pain 2
      ['57.21', '79'], // Tuesday, day 1: pain 5, the worse of 3 and 5
      ['212.21', '135.8'], // Tuesday of week 2, day 8: pain 1
    ]);
    const squares = [...svg.querySelectorAll('rect.pv-point-morning')].map((r) => [r.getAttribute('x'), r.getAttribute('y')]);
    // Squares are 7 wide, centred on the point: day 1 pain 4 (57.21, 93.2), day 4 pain 2 (123.64, 121.6).
    expect(squares).toEqual([
      ['53.71', '89.7'],
      ['120.14', '118.1'],
    ]);
    expect(svg.querySelector('circle title')?.textContent).toBe('Monday 2 November: session pain 2/10');
    expect(svg.querySelector('rect.pv-point-morning title')?.textContent).toBe('Tuesday 3 November: morning pain 4/10, worse than usual');
  });

  it('tells the lines apart by more than colour, and marks the weeks and the pain axis', () => {
    view();
    const svg = chart();
    expect(svg.querySelector('path.pv-line-session')?.getAttribute('d')).toBe('M35.07 121.6 L57.21 79 L212.21 135.8');
    expect(svg.querySelector('path.pv-line-morning')?.getAttribute('d')).toBe('M57.21 93.2 L123.64 121.6');
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['0', '2', '4', '6', '8', '10', 'W1', 'W2']);
    expect(svg.querySelectorAll('rect.pv-zone')).toHaveLength(3);
    // The flare on Thursday, day 3: a triangle pointing down from the top of the plot.
    expect(svg.querySelector('path.pv-flare')?.getAttribute('d')).toBe('M97 8 L106 8 L101.5 16 Z');
    expect(svg.getAttribute('aria-label')).toMatch(/3 days with session pain \(circles, solid line\), 2 mornings \(squares, dashed line\)/);
  });

  it('gives the chart in words beside it: a line a week, and a table of every day', () => {
    view();
    const lines = within(document.querySelector('.pv-summary') as HTMLElement).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines).toEqual(['Week 1: morning pain 4 → 2; worst session pain 5; a flare logged; 7 of 8 sessions', 'Week 2 (this week): no mornings logged; worst session pain 1; 1 session done so far']);
    const table = screen.getByRole('table', { name: 'Back pain by day, out of 10' });
    const rows = within(table).getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual(['DayWorst session painMorning pain', 'Monday 2 November2–', 'Tuesday 3 November54 (worse)', 'Friday 6 November–2 (better)', 'Tuesday 10 November1–']);
  });
});

describe('ProgressView: weeks, decisions and shoes', () => {
  it("shows each finished week's sessions against planned and its step decision in words", () => {
    view();
    const weeks = screen.getByRole('region', { name: 'Week by week' });
    expect(weeks.textContent).toContain('Week 1 step 1');
    expect(weeks.textContent).toContain('7 of 8 sessions · 16.1 km run');
    expect(weeks.textContent).toContain('Held: pain reached 5/10.');
    expect((weeks.querySelector('.pv-bar span') as HTMLElement).style.width).toBe('87.5%');
    expect(screen.getByText(/Week 2, step 1 of 8\./).textContent).toContain('Held: pain reached 5/10.');
  });

  it('shows the shoe distance with the 500 km and 800 km marks', () => {
    view();
    const shoes = screen.getByRole('region', { name: 'Your shoes' });
    expect(shoes.textContent).toContain('420 km on this pair. Watch a pair from 500 km; replace by 800 km.');
    expect([...shoes.querySelectorAll('.pv-gauge-labels span')].map((s) => s.textContent)).toEqual(['500 km', '800 km']);
  });

  it('speaks miles to a runner who uses them: the run, the shoes and their 300 mi and 500 mi marks', () => {
    view({ units: 'mi', progress: { ...PROGRESS, shoeKm: 560 } });
    expect(screen.getByRole('region', { name: 'Week by week' }).textContent).toContain('7 of 8 sessions · 10 mi run');
    const shoes = screen.getByRole('region', { name: 'Your shoes' });
    expect(shoes.textContent).toContain('348 mi on this pair. Keep an eye on this pair (300 mi and over); replace it by 500 mi.');
    expect([...shoes.querySelectorAll('.pv-gauge-labels span')].map((s) => s.textContent)).toEqual(['300 mi', '500 mi']);
    expect(shoes.textContent).not.toMatch(/km/);
  });

  it('has no shoe section when the plan knows no shoe distance', () => {
    view({ progress: { ...PROGRESS, shoeKm: undefined } });
    expect(screen.queryByRole('region', { name: 'Your shoes' })).toBeNull();
  });
});

describe('ProgressView: the rest', () => {
  it('greets an empty log with "nothing logged yet" instead of an empty chart', () => {
    view({ log: EMPTY_LOG, progress: { ...PROGRESS, calendarWeek: 1, weeks: [], reasons: [] } });
    expect(screen.getByText('Nothing logged yet.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Week by week' })).toBeNull();
  });

  it('closes with Done', () => {
    const onClose = vi.fn();
    view({ onClose });
    expect(screen.getByRole('heading', { level: 1, name: 'Your progress' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it("loads lazily, by its default export, through the popup's lazy()", async () => {
    expect(DefaultProgressView).toBe(ProgressView);
    const Lazy = lazy(() => import('./ProgressView').then((m) => m.default));
    render(<Lazy progress={PROGRESS} log={LOG} start={START} today="2026-11-11" units="km" onClose={() => {}} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Your progress' })).toBeTruthy();
  });
});
