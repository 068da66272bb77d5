// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAppState, type AppState } from '../../lib/state/app-state';
import { testPlanModel } from '../../tests/support/test-plan-model';
import { createDeskState, type DeskState } from '../../lib/state/desk-state';
import { SidePanelApp } from './SidePanelApp';

const now = () => new Date(2026, 10, 26, 10, 0);
let app: AppState;
let desk: DeskState;

async function mount(profile: object | null, startOnBreak = false, requestNotifications = async () => true) {
  if (profile) await fakeBrowser.storage.local.set({ profile, profile$: { v: 2 } });
  app = createAppState({ now });
  desk = createDeskState({ app, plan: testPlanModel(app, 'test').plan, now, requestNotifications, snoozeBreak: async () => {} });
  await Promise.all([app.load(), desk.load()]);
  render(<SidePanelApp app={app} desk={desk} startOnBreak={startOnBreak} beep={() => {}} />);
  await screen.findByRole('heading', { level: 1 });
}

beforeEach(() => {
  fakeBrowser.reset();
  sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  app?.dispose();
  desk?.dispose();
});

describe('side panel', () => {
  it('carries the mid-session stop rule beside the disclaimer', async () => {
    await mount(null);
    expect(screen.getByText(/walk home from a run, if your back pain goes above 5\/10/)).toBeTruthy();
    expect(screen.getByText(/General guidance, not medical advice/)).toBeTruthy();
  });

  it('under a stop: the directions, no checklists, and a break that only says to stand and move', async () => {
    await mount({ answers: { redFlags: ['saddle-numbness'] }, safetyAnswered: true, step: 1, done: false }, true);
    expect(screen.getByRole('heading', { name: 'No exercises for now' })).toBeTruthy();
    expect(screen.getByText(/Get help now/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Posture break' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Stand up and move' })).toBeTruthy();
    expect(screen.queryByText(/Feet flat on the floor/)).toBeNull();
    expect(desk.routine.value).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('heading', { name: 'Stand up and move' })).toBeNull();
  });

  it('shows the running cues as a card to read, with no tick boxes and no count', async () => {
    await mount(null);
    const card = screen.getByRole('region', { name: 'On the run' });
    expect(card.textContent).toMatch(/Lean slightly from the ankles/);
    expect(card.querySelectorAll('input').length).toBe(0);
    expect(card.textContent).not.toMatch(/today/);
    expect(screen.queryByRole('checkbox', { name: /ankles/ })).toBeNull();
  });

  it('puts breaks first, one line while off, and opens each list on its own, remembered for the session', async () => {
    await mount(null);
    const breaks = screen.getByRole('region', { name: 'Posture breaks' });
    const firstList = screen.getByRole('region', { name: /Posture at the desk/ });
    expect(breaks.compareDocumentPosition(firstList) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Posture breaks' })).toBeTruthy();
    expect(screen.queryByLabelText(/Every/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Take a break now' })).toBeNull();

    const posture = screen.getByRole('button', { name: /Posture at the desk/ });
    const diet = screen.getByRole('button', { name: /Diet/ });
    expect(posture.getAttribute('aria-expanded')).toBe('true');
    expect(diet.getAttribute('aria-expanded')).toBe('false');
    expect(diet.textContent).toMatch(/0 of 4 today/);
    expect(screen.queryByRole('checkbox', { name: /Water through the day/ })).toBeNull();
    fireEvent.click(diet);
    fireEvent.click(posture);
    expect(screen.getByRole('checkbox', { name: /Water through the day/ })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /Feet flat/ })).toBeNull();

    cleanup();
    desk.dispose();
    await mount(null);
    expect(screen.getByRole('button', { name: /Diet/ }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: /Posture at the desk/ }).getAttribute('aria-expanded')).toBe('false');
    expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty('openLists');
  });

  it('says it is waiting while the notifications prompt is open, then shows what was stored', async () => {
    let answer!: (granted: boolean) => void;
    await mount(null, false, () => new Promise<boolean>((resolve) => (answer = resolve)));
    const toggle = screen.getByRole('switch', { name: 'Posture breaks' }) as HTMLInputElement;
    fireEvent.click(toggle);
    await screen.findByText(/Waiting for your answer/);
    expect(toggle.getAttribute('aria-disabled')).toBe('true');
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(toggle.checked).toBe(false);
    await act(() => answer(false));
    await waitFor(() => expect(screen.queryByText(/Waiting for your answer/)).toBeNull());
    expect(toggle.checked).toBe(false);
    expect(toggle.getAttribute('aria-disabled')).toBe('false');
    expect(screen.getByRole('alert').textContent).toMatch(/permission/);
  });

  it('under a stop, with breaks on: reminders to get up, no break to start, and a due one only says stand up', async () => {
    await fakeBrowser.storage.local.set({ breakSettings: { enabled: true, everyMinutes: 40, start: '00:00', end: '23:59', days: ['thu'] } });
    await mount({ answers: { redFlags: ['saddle-numbness'] }, safetyAnswered: true, step: 1, done: false });
    expect(screen.getByRole('switch', { name: 'Reminders to get up' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Take a break now' })).toBeNull();
    expect(screen.queryByText(/posture break/i)).toBeNull();
    await act(() => desk.announceBreak());
    const due = screen.getByRole('alert');
    expect(due.textContent).toMatch(/Time to stand up/);
    expect(due.textContent).not.toMatch(/posture|stretch|exercise|hips|routine|start the break/i);
  });

  it('says ticks clear each morning without promising that weekly items start over', async () => {
    await mount(null);
    expect(screen.queryByText(/Lists start fresh each day/)).toBeNull();
    expect(screen.getByText(/each morning starts with clear boxes, so tick a weekly item on the day you do it/)).toBeTruthy();
  });

  it('runs a desk routine that honours which way eases the back', async () => {
    await mount({ answers: { eases: 'bending-forward' }, safetyAnswered: true, step: 7, done: true }, true);
    expect(await screen.findByRole('heading', { name: 'Posture break' })).toBeTruthy();
    expect(desk.routine.value.length).toBeGreaterThan(0);
    expect(desk.routine.value.map((i) => i.id)).not.toContain('standing-back-extension');
  });
});
