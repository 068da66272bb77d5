import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PlanItem } from '../schemas/plan';
import { guidedInProgress } from './guided-in-progress';
import { createGuidedSession, UNREADABLE_SESSION, type GuidedSession } from './guided-session';
import type { Clock } from './guided-timer';

// Standing quad stretch, 2 × 30 s a side: L1, switch, R1, switch, L2, switch, R2 (135 s).
const QUAD: PlanItem = { id: 'quad-stretch', name: 'Standing quad stretch', type: 'static', sets: 2, seconds: 30, perSide: true };
// Front plank, 2 × 20 s, on the floor: get down, set 1, rest, set 2.
const PLANK: PlanItem = { id: 'front-plank', name: 'Front plank', type: 'strength', sets: 2, seconds: 20 };

/** One clock for every page in a test; `pass` moves it with no page ticking (the popup closed). */
let t = 1_700_000_000_000;
const clock: Clock = { now: () => t, every: () => () => {} };
const pass = (ms: number) => void (t += ms);
const sessions: GuidedSession[] = [];
const open = async () => {
  const s = createGuidedSession({ clock });
  sessions.push(s);
  await s.load();
  return s;
};
const stored = async () => (await fakeBrowser.storage.local.get('guidedSession')).guidedSession ?? null;
const at = (s: GuidedSession) => {
  const timer = s.run.value!.timer;
  return [timer.step.value?.kind, timer.step.value?.item.id, timer.step.value?.side ?? null, timer.remaining.value, timer.running.value];
};

beforeEach(() => fakeBrowser.reset());
afterEach(() => sessions.splice(0).forEach((s) => s.dispose()));

describe('a guided session kept in storage', () => {
  it('is saved when it begins, and nothing is in progress before', async () => {
    const popup = await open();
    expect([popup.run.value, await guidedInProgress(t)]).toEqual([null, false]);
    await popup.begin('cool-down', [QUAD], 20, '2026-11-26');
    expect(await stored()).toEqual({ kind: 'cool-down', date: '2026-11-26', begun: t, items: [QUAD], restSeconds: 20, place: 'popup', index: 0, remainingMs: 30_000, running: false, at: t });
    expect(await guidedInProgress(t)).toBe(true);
  });

  it('resumes a running countdown where real time took it, after the popup closed', async () => {
    const popup = await open();
    await popup.begin('cool-down', [QUAD], 20, '2026-11-26');
    popup.run.value!.timer.start();
    await expect.poll(stored).toMatchObject({ running: true });
    popup.dispose();
    pass(42_000);
    // 30 s on the left, 5 s to switch, then 7 s into the right: 23 s to go.
    const again = await open();
    expect(at(again)).toEqual(['exercise', 'quad-stretch', 'right', 23, true]);
    // Still the same day's session, for "how did it go?" at its end.
    expect(again.run.value?.date).toBe('2026-11-26');
  });

  it('keeps a paused one paused where it was', async () => {
    const popup = await open();
    await popup.begin('strength', [PLANK], 30, '2026-11-26');
    const timer = popup.run.value!.timer;
    timer.start();
    timer.skip();
    timer.pause();
    await expect.poll(stored).toMatchObject({ index: 1, running: false });
    popup.dispose();
    pass(15 * 60_000);
    expect(at(await open())).toEqual(['exercise', 'front-plank', null, 20, false]);
  });

  it('drops a session left alone for hours, and shows the plan next time', async () => {
    const popup = await open();
    await popup.begin('warm-up', [QUAD], 20, '2026-11-26');
    popup.dispose();
    pass(4 * 60 * 60_000);
    expect(await guidedInProgress(t)).toBe(false);
    const again = await open();
    expect(again.run.value).toBeNull();
    expect(await stored()).toBeNull();
  });

  it('turns a stored value it cannot read into a notice and clears it, never a broken screen', async () => {
    await fakeBrowser.storage.local.set({ guidedSession: { kind: 'warm-up', items: 'lots', index: -1 } });
    expect(await guidedInProgress(t)).toBe(true);
    const popup = await open();
    expect([popup.run.value, popup.notice.value]).toEqual([null, UNREADABLE_SESSION]);
    await expect.poll(stored).toBeNull();
  });

  it('moves to the side panel, which follows what the popup does', async () => {
    const popup = await open();
    const panel = await open();
    await popup.begin('strength', [PLANK], 30, '2026-11-26');
    await expect.poll(() => [panel.run.value?.kind, panel.place.value]).toEqual(['strength', 'popup']);
    popup.run.value!.timer.start();
    pass(12_000);
    await popup.moveTo('panel');
    // 10 s to get down, then 2 s into the first set.
    await expect.poll(() => [panel.place.value, ...at(panel)]).toEqual(['panel', 'exercise', 'front-plank', null, 18, true]);
    panel.run.value!.timer.pause();
    await expect.poll(() => at(popup)).toEqual(['exercise', 'front-plank', null, 18, false]);
    await panel.end();
    await expect.poll(async () => [popup.run.value, await stored()]).toEqual([null, null]);
  });

  it('forgets a finished session, while still showing it as done', async () => {
    const popup = await open();
    await popup.begin('cool-down', [QUAD], 20, '2026-11-26');
    popup.run.value!.timer.start();
    popup.dispose();
    pass(10 * 60_000);
    const again = await open();
    expect(again.run.value?.timer.done.value).toBe(true);
    await expect.poll(stored).toBeNull();
  });
});
