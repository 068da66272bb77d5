// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAppState, type AppState } from '../../lib/state/app-state';
import { PopupApp } from '../PopupApp';

// Thursday 26 November 2026, a run day (Thursday is ticked): warm-up, run, cool-down.
const THU = new Date(2026, 10, 26, 8, 0);
const platform = { openSheet: () => {}, openChecklists: () => {}, beep: () => {}, version: '1.0.0' };
const RETURNING = {
  profile: { answers: { runDays: ['tue', 'thu', 'sat'] }, safetyAnswered: true, step: 7, done: true },
  profile$: { v: 2 },
  settings: { units: 'km', paper: 'a4', startDate: '2026-11-26', sound: false, restSeconds: 30 },
  settings$: { v: 3 },
};
let state: AppState;

async function mount(stored: object) {
  await fakeBrowser.storage.local.set(stored);
  state = createAppState({ now: () => THU });
  await state.load();
  render(<PopupApp state={state} platform={platform} />);
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  state?.dispose();
});

describe('guided sessions from the plan', () => {
  it('starts today’s warm-up with the runner’s rest, and opens on it again after the popup closed', async () => {
    await mount(RETURNING);
    fireEvent.click(await screen.findByRole('button', { name: 'Start warm-up' }));
    expect(await screen.findByRole('heading', { name: 'Warm-up', level: 1 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /^About \d+ min$/ })).toBeTruthy();
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('guidedSession')).guidedSession).toMatchObject({ kind: 'warm-up', restSeconds: 30 }));
    cleanup();
    state.dispose();
    state = createAppState({ now: () => THU });
    await state.load();
    render(<PopupApp state={state} platform={platform} />);
    expect(await screen.findByRole('heading', { name: 'Warm-up', level: 1 })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Week 1 of 8' })).toBeNull();
  });

  it('opens on the plan, with a notice, when a stored session cannot be read', async () => {
    await mount({ ...RETURNING, guidedSession: { kind: 'warm-up', index: 'three' } });
    expect(await screen.findByRole('heading', { name: 'Week 1 of 8' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/could not pick up your last guided session/);
  });

  it('lets the runner choose the rest between sets in Settings', async () => {
    await mount(RETURNING);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    fireEvent.click(await screen.findByLabelText('45 s'));
    await waitFor(() => expect(state.settings.value.restSeconds).toBe(45));
    expect(((await fakeBrowser.storage.local.get('settings')).settings as { restSeconds: number }).restSeconds).toBe(45);
  });
});
