import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { skipBreak, startBreak } from '../platform/breaks';
import { createAppState } from './app-state';
import { defineDeskItems } from './desk-items';
import { testPlanModel } from '../../tests/support/test-plan-model';
import { createDeskState } from './desk-state';
import { serialized } from './serialized';

// Each page and the background is its own JavaScript context sharing chrome.storage: here each gets
// its own storage items and state, as it would, and they race on the same fake storage.

const THU = new Date(2026, 10, 26, 10, 0);
const now = () => THU;
const settle = () => new Promise((r) => setTimeout(r, 5));

/** A side panel: its own app and desk state, loaded. */
async function openPanel() {
  const app = createAppState({ now });
  await app.load();
  const desk = createDeskState({ app, plan: testPlanModel(app, 'test').plan, now, requestNotifications: async () => true, snoozeBreak: async () => {} });
  await desk.load();
  return desk;
}

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => vi.unstubAllGlobals());

describe('concurrent writers never lose a change', () => {
  it('keeps both entries when the popup and the side panel log at the same moment', async () => {
    for (let round = 1; round <= 10; round++) {
      fakeBrowser.reset();
      const popup = createAppState({ now });
      const panel = createAppState({ now });
      await Promise.all([popup.load(), panel.load()]);
      await Promise.all([
        popup.logSession({ date: '2026-11-26', kind: 'run', done: true, km: 5, pain: 2 }),
        panel.logSession({ date: '2026-11-26', kind: 'strength', done: true, pain: 1 }),
        panel.logMorning({ pain: 2, compared: 'same' }),
      ]);
      const log = (await stored('log')) as { sessions: { kind: string }[]; mornings: unknown[] };
      expect(log.sessions.map((s) => s.kind).sort(), `round ${round}`).toEqual(['run', 'strength']);
      expect(log.mornings).toHaveLength(1);
      await vi.waitFor(() => expect(popup.logEntries.value.sessions).toHaveLength(2));
      popup.dispose();
      panel.dispose();
    }
  });

  it('keeps both when a break is answered in the panel while the background logs one', async () => {
    for (let round = 1; round <= 20; round++) {
      const panel = await openPanel();
      const background = defineDeskItems();
      // Both orders: the background's read before the panel's write, and after it.
      await Promise.all([skipBreak(background, THU), panel.answerBreak('take')]);
      await Promise.all([panel.answerBreak('skip'), startBreak(background, THU)]);
      await settle();
      expect(await stored('breakLog')).toEqual({ '2026-11-26': { taken: 2 * round, skipped: 2 * round } });
      expect(panel.breaksThisWeek.value).toEqual({ taken: 2 * round, skipped: 2 * round });
      panel.dispose();
    }
  });

  it('keeps both ticks when two side panels tick at once', async () => {
    const [left, right] = await Promise.all([openPanel(), openPanel()]);
    await Promise.all([left.tick('feet-flat', true), right.tick('water', true), left.tick('screen-height', true)]);
    await settle();
    expect(await stored('ticks')).toEqual({ '2026-11-26': ['feet-flat', 'water', 'screen-height'] });
    for (const panel of [left, right]) expect([...panel.ticked.value].sort()).toEqual(['feet-flat', 'screen-height', 'water']);
  });

  it('keeps both answers when two popups save at once, and a setting saved meanwhile', async () => {
    const [a, b] = [createAppState({ now }), createAppState({ now })];
    await Promise.all([a.load(), b.load()]);
    await Promise.all([a.setAnswer('painLevel', 5), b.setAnswer('shoeKm', 900), b.updateSettings({ units: 'mi' }), a.updateSettings({ sound: true })]);
    await settle();
    expect((await stored('profile')) as object).toMatchObject({ answers: { painLevel: 5, shoeKm: 900 } });
    expect(await stored('settings')).toMatchObject({ units: 'mi', sound: true });
    for (const page of [a, b]) {
      expect(page.profile.value.answers).toMatchObject({ painLevel: 5, shoeKm: 900 });
      expect(page.settings.value).toMatchObject({ units: 'mi', sound: true });
    }
  });

  it('serializes through Web Locks where the browser has them, so pages and the background share one queue', async () => {
    const request = vi.fn((_name: string, step: () => Promise<unknown>) => step());
    vi.stubGlobal('navigator', { locks: { request } });
    expect(await serialized('backstride:ticks', async () => 42)).toBe(42);
    expect(request).toHaveBeenCalledWith('backstride:ticks', expect.any(Function));
    const panel = await openPanel();
    await panel.tick('water', true);
    expect(request.mock.calls.map(([name]) => name)).toContain('backstride:ticks');
  });
});
