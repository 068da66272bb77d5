import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_ANSWERS } from '../schemas/profile-values';
import { createAppState } from './app-state';
import { planNow } from '../../tests/support/plan-now';

const THU = new Date(2026, 10, 26, 8, 0);

beforeEach(() => fakeBrowser.reset());

describe('app state on WXT storage', () => {
  it('starts with defaults and no plan on a fresh profile', async () => {
    const state = createAppState({ now: () => THU });
    await state.load();
    expect(state.profile.value.answers).toEqual(DEFAULT_ANSWERS);
    expect(planNow(state)).toBeNull();
    expect(state.notices.value).toEqual([]);
    expect(state.today.value).toBe('thu');
  });

  it('keeps answers so far across a close and reopen', async () => {
    const first = createAppState({ now: () => THU });
    await first.load();
    await first.confirmSafety();
    await first.setAnswer('painLevel', 6);
    await first.goToStep(2);
    first.dispose();
    const again = createAppState({ now: () => THU });
    await again.load();
    expect(again.profile.value.answers.painLevel).toBe(6);
    expect(again.profile.value.step).toBe(2);
    expect(again.profile.value.safetyAnswered).toBe(true);
  });

  it('makes a plan on finish and starts the programme today', async () => {
    const state = createAppState({ now: () => THU });
    await state.load();
    await state.confirmSafety();
    await state.finish();
    expect(planNow(state)?.week?.number).toBe(1);
    expect(state.settings.value.startDate).toBe('2026-11-26');
    // A flare is a log entry, not a move of the start date; logged twice in a day it counts once.
    await state.logFlare();
    expect(state.settings.value.startDate).toBe('2026-11-26');
    expect(state.logEntries.value.flares).toEqual(['2026-11-26']);
    expect(state.log.value).toMatchObject({ start: '2026-11-23', flares: ['2026-11-26'] });
    await state.logFlare();
    expect(state.notices.value).toEqual([expect.stringMatching(/already logged/)]);
    expect(state.logEntries.value.flares).toEqual(['2026-11-26']);
  });

  it('stops with no plan when a red flag is ticked', async () => {
    const state = createAppState({ now: () => THU });
    await state.load();
    await state.setAnswer('redFlags', ['night-pain']);
    await state.confirmSafety();
    await state.finish();
    expect(state.stopped.value).toBe(true);
    expect(planNow(state)).toBeNull();
  });

  it('falls back to defaults with a notice when a stored value is corrupted', async () => {
    await fakeBrowser.storage.local.set({ profile: { answers: { painLevel: 'very' }, step: 'x' }, settings: 42 });
    const state = createAppState({ now: () => THU });
    await state.load();
    expect(state.profile.value.answers).toEqual(DEFAULT_ANSWERS);
    expect(state.settings.value.units).toBe('km');
    expect(state.notices.value).toHaveLength(2);
    expect(state.notices.value[0]).toMatch(/could not read all of your saved answers/);
  });

  it('migrates version-1 settings, keeping units and paper', async () => {
    await fakeBrowser.storage.local.set({ settings: { units: 'mi', paper: 'letter' } });
    const state = createAppState({ now: () => THU });
    await state.load();
    expect(state.settings.value).toEqual({ units: 'mi', paper: 'letter', startDate: null, sound: false, restSeconds: 20 });
    expect(state.notices.value).toEqual([]);
    expect(await fakeBrowser.storage.local.get('settings$')).toMatchObject({ settings$: { v: 3 } });
  });

  it('shows a change made on another page without a reload', async () => {
    const popup = createAppState({ now: () => THU });
    const panel = createAppState({ now: () => THU });
    await Promise.all([popup.load(), panel.load()]);
    await panel.updateSettings({ units: 'mi' });
    await vi.waitFor(() => expect(popup.settings.value.units).toBe('mi'));
  });

  it('is not undone by the late echo of its own earlier write', async () => {
    const state = createAppState({ now: () => THU });
    await state.load();
    const first = state.setAnswer('riskFactors', ['osteoporosis']);
    const second = state.setAnswer('age', 44);
    await Promise.all([first, second]);
    await new Promise((r) => setTimeout(r, 10));
    expect(state.profile.value.answers).toMatchObject({ riskFactors: ['osteoporosis'], age: 44 });
  });
});
