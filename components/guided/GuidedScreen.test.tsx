// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PlanItem } from '../../lib/schemas/plan';
import { GuidedScreen, type GuidedScreenProps } from './GuidedScreen';

// Front plank 2 × 20 s and side plank 2 × 20 s a side, both on the floor, 20 s rests:
// get down 10, plank 20, rest 20, plank 20, side plank L 20, switch 5, R 20, rest 20, L 20, switch 5, R 20 = 180 s.
const ITEMS: PlanItem[] = [
  { id: 'front-plank', name: 'Front plank', type: 'strength', sets: 2, seconds: 20 },
  { id: 'side-plank', name: 'Side plank', type: 'strength', sets: 2, seconds: 20, perSide: true },
];
const START = { kind: 'strength' as const, items: ITEMS, restSeconds: 20 as const, date: '2026-11-26' };

const closed: (string | null)[] = [];
const mount = (props: Partial<GuidedScreenProps> = {}) =>
  render(<GuidedScreen start={START} sound={false} onBeep={() => {}} onClose={(n) => closed.push(n)} {...props} />);
/** Time passes with the page open: the countdown sees it at its next tick (a quarter second). */
const tick = (ms: number) => vi.setSystemTime(Date.now() + ms);
const name = () => screen.getByRole('heading', { level: 2 }).textContent;
const clockText = () => screen.getByRole('timer').textContent;

beforeEach(() => {
  fakeBrowser.reset();
  closed.length = 0;
  // The date only: the countdown and testing-library's waits keep real timers.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 10, 26, 18, 0) });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('a guided session in the popup', () => {
  it('shows the total and what comes before it starts', async () => {
    mount();
    expect(await screen.findByRole('heading', { name: 'About 3 min' })).toBeTruthy();
    expect(screen.getByText(/2 exercises, rests, side switches and time to get down to the floor included/)).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Front plank 2 × 20 s', 'Side plank 2 × 20 s a side']);
    expect(screen.getByText('20 s rest between sets: change it in Settings.')).toBeTruthy();
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
  });

  it('gets down to the floor, rests between sets and switches sides, each with its countdown', async () => {
    mount();
    fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    await waitFor(() => expect(name()).toBe('Get down on the floor'));
    expect(screen.getByText('Next: Front plank (set 1 of 2)')).toBeTruthy();
    expect(clockText()).toBe('0:10');
    tick(10_000);
    await waitFor(() => expect(name()).toBe('Front plank'));
    expect(screen.getByText('Next up: rest 20 s, then Front plank (set 2 of 2)')).toBeTruthy();
    tick(20_000);
    await waitFor(() => expect(name()).toBe('Rest'));
    expect(clockText()).toBe('0:20');
    tick(40_000);
    await waitFor(() => expect(name()).toBe('Side plank'));
    expect(screen.getByText(/Set 1 of 2, left side/)).toBeTruthy();
    // The figure works the left side; the coming-up figure in the switch is its mirror image.
    const headX = (label: string) => Number(screen.getByRole('img', { name: label }).querySelector('circle')!.getAttribute('cx'));
    const leftEnd = headX('Stick figure: Side plank (set 1 of 2, left side), end');
    tick(20_000);
    await waitFor(() => expect(name()).toBe('Switch sides'));
    expect(screen.getByText('Next: Side plank (set 1 of 2, right side)')).toBeTruthy();
    expect(headX('Coming up: Side plank (set 1 of 2, right side)')).toBeCloseTo(100 - leftEnd, 1);
    expect(leftEnd).not.toBeCloseTo(50, 0);
  });

  it('says Start on a step never run, and Resume on one paused part-way', async () => {
    mount();
    fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    tick(3000);
    fireEvent.click(await screen.findByRole('button', { name: 'Pause' }));
    expect(await screen.findByRole('button', { name: 'Resume' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    await waitFor(() => expect(name()).toBe('Front plank'));
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  });

  it('takes up where it got to after the popup closed, the time away counted', async () => {
    mount();
    fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    await screen.findByRole('button', { name: 'Pause' });
    // Let the save land, then close the popup for 35 s: 10 s down, 20 s of plank, 5 s into the rest.
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('guidedSession')).guidedSession).toMatchObject({ running: true }));
    cleanup();
    vi.setSystemTime(Date.now() + 35_000);
    mount({ start: null });
    await waitFor(() => expect(name()).toBe('Rest'));
    expect(clockText()).toBe('0:15');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
  });

  it('closes: nothing is left to resume', async () => {
    mount();
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('guidedSession')).guidedSession).toMatchObject({ kind: 'strength' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Close' }));
    await waitFor(() => expect(closed).toEqual([null]));
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('guidedSession')).guidedSession ?? null).toBeNull());
  });

  it('goes back to the plan with a notice when the stored session cannot be read', async () => {
    await fakeBrowser.storage.local.set({ guidedSession: { kind: 'yoga' } });
    mount({ start: null });
    await waitFor(() => expect(closed).toHaveLength(1));
    expect(closed[0]).toMatch(/could not pick up your last guided session/);
  });

  it('moves to the side panel in one click, and says so if the popup stays open', async () => {
    let opened = 0;
    mount({ continueInPanel: async () => void opened++ });
    fireEvent.click(await screen.findByRole('button', { name: 'Continue in the side panel' }));
    expect(opened).toBe(1);
    expect((await screen.findByRole('status')).textContent).toMatch(/Your strength carries on in the side panel/);
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('guidedSession')).guidedSession).toMatchObject({ place: 'panel' }));
  });

  it('keeps the session here if the side panel does not open', async () => {
    mount({ continueInPanel: () => Promise.reject(new Error('no panel')) });
    fireEvent.click(await screen.findByRole('button', { name: 'Continue in the side panel' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/did not open, so your session carries on here/);
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('guidedSession')).guidedSession).toMatchObject({ place: 'popup' }));
  });
});
