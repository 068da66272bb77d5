import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../schemas/settings-values';
import { defineStoredItems } from './stored-items';

beforeEach(() => fakeBrowser.reset());

describe('the settings item', () => {
  it('gives a new runner the beep on and a 20 s rest', async () => {
    const { value, notice } = await defineStoredItems().settings.read();
    expect([value, notice]).toEqual([DEFAULT_SETTINGS, null]);
    expect([value.sound, value.restSeconds]).toEqual([true, 20]);
  });

  it('adds the rest to version-2 settings and keeps the runner’s own sound choice', async () => {
    await fakeBrowser.storage.local.set({ settings: { units: 'mi', paper: 'letter', startDate: '2026-11-16', sound: false }, settings$: { v: 2 } });
    const { value, notice } = await defineStoredItems().settings.read();
    expect([value, notice]).toEqual([{ units: 'mi', paper: 'letter', startDate: '2026-11-16', sound: false, restSeconds: 20 }, null]);
    expect(await fakeBrowser.storage.local.get('settings$')).toMatchObject({ settings$: { v: 3 } });
  });

  it('leaves a stored rest as chosen, and turns an unknown one into a notice, not a blank screen', async () => {
    const settings = defineStoredItems().settings;
    await settings.write({ ...DEFAULT_SETTINGS, restSeconds: 45 });
    expect((await settings.read()).value.restSeconds).toBe(45);
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, restSeconds: 7 } });
    const bad = await settings.read();
    expect(bad.value).toEqual(DEFAULT_SETTINGS);
    expect(bad.notice).toMatch(/could not read all of your settings/);
  });
});
