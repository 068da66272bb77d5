import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_ANSWERS, DEFAULT_PROFILE } from '../schemas/profile-values';
import { AnswersSchema } from '../schemas/answers';
import { EMPTY_LOG, LogEntriesSchema } from '../schemas/log';
import { ProfileSchema } from '../schemas/profile';
import { DEFAULT_SETTINGS } from '../schemas/settings-values';
import { SettingsSchema } from '../schemas/settings';
import { defineStoredItems } from './stored-items';
import { defineValidatedItem } from './validated-item';

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
const DONE = { answers: { plankSeconds: 20 }, safetyAnswered: true, step: 5, done: true };

/** A settings item whose schema loader is counted: how often a read needed zod. */
function countedSettings() {
  const load = vi.fn(async () => SettingsSchema);
  return { load, item: defineValidatedItem({ key: 'local:settings', schema: load, fallback: DEFAULT_SETTINGS, label: 'your settings', version: 3 }) };
}

beforeEach(() => fakeBrowser.reset());

describe('the first screen starts from zod-free defaults', () => {
  it('has the same defaults the schemas give', () => {
    expect(DEFAULT_ANSWERS).toEqual(AnswersSchema.parse({}));
    expect(ProfileSchema.parse(DEFAULT_PROFILE)).toEqual(DEFAULT_PROFILE);
    expect(SettingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(LogEntriesSchema.parse(EMPTY_LOG)).toEqual(EMPTY_LOG);
  });
});

describe('a value this build validated is sealed, and shown without loading its schema', () => {
  it('checks an unsealed value in full once, seals it, and reads it by its seal after that', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, units: 'mi' }, settings$: { v: 3 } });
    const first = countedSettings();
    expect((await first.item.read()).value.units).toBe('mi');
    expect(first.load).toHaveBeenCalledTimes(1);
    expect(await stored('settings$')).toMatchObject({ v: 3, seal: expect.any(String) });
    const next = countedSettings();
    expect(await next.item.read()).toEqual({ value: { ...DEFAULT_SETTINGS, units: 'mi' }, notice: null });
    expect(next.load).not.toHaveBeenCalled();
  });

  it('stores a value read with defaults filled in as read, so its seal holds next time', async () => {
    await fakeBrowser.storage.local.set({ profile: DONE, profile$: { v: 2 } });
    const first = defineStoredItems();
    const profile = (await first.profile.read()).value;
    expect(await stored('profile')).toEqual(profile);
    const again = defineStoredItems();
    expect((await again.profile.read()).value).toEqual(profile);
  });

  it('seals what it writes', async () => {
    await countedSettings().item.update((s) => ({ ...s, paper: 'letter' }));
    const next = countedSettings();
    expect((await next.item.read()).value.paper).toBe('letter');
    expect(next.load).not.toHaveBeenCalled();
  });

  it('checks in full a sealed value changed behind its back, and mends it with a notice', async () => {
    await countedSettings().item.update((s) => ({ ...s, units: 'mi' }));
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, units: 'miles', startDate: '2026-02-30' } });
    const next = countedSettings();
    const read = await next.item.read();
    expect(next.load).toHaveBeenCalledTimes(1);
    expect(read.value).toEqual(DEFAULT_SETTINGS);
    expect(read.notice).toMatch(/could not read all of your settings/);
    expect(await stored('settingsBackup')).toMatchObject({ value: { units: 'miles' } });
  });

  it('checks in full a value sealed by another build or for another version', async () => {
    await countedSettings().item.update((s) => ({ ...s, units: 'mi' }));
    const { seal } = (await stored('settings$')) as { seal: string };
    for (const meta of [{ v: 3, seal: 'another-build' }, { v: 2, seal }]) {
      await fakeBrowser.storage.local.set({ settings$: meta });
      const next = countedSettings();
      expect((await next.item.read()).value.units).toBe('mi');
      expect(next.load).toHaveBeenCalledTimes(1);
    }
  });

  it('gives the popup its profile, settings and log from their seals on a second open', async () => {
    await fakeBrowser.storage.local.set({ profile: DONE, profile$: { v: 2 } });
    const first = defineStoredItems();
    const profile = (await first.profile.read()).value;
    await first.settings.update((s) => ({ ...s, startDate: '2026-11-16' }));
    await first.log.update((l) => ({ ...l, flares: ['2026-11-20'] }));
    const again = defineStoredItems();
    expect((await again.profile.read()).value).toEqual(profile);
    expect((await again.settings.read()).value.startDate).toBe('2026-11-16');
    expect((await again.log.read()).value.flares).toEqual(['2026-11-20']);
  });
});
