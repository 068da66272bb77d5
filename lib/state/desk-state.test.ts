import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAppState, type AppState } from './app-state';
import { testPlanModel } from '../../tests/support/test-plan-model';
import { createDeskState } from './desk-state';

let clock = new Date(2026, 10, 26, 10, 0);
const now = () => clock;

let snoozes = 0;

async function desk({ granted = true, ask = async () => granted } = {}) {
  const app = createAppState({ now });
  await app.load();
  const state = createDeskState({ app, plan: testPlanModel(app, 'test').plan, now, requestNotifications: ask, snoozeBreak: async () => void snoozes++ });
  await state.load();
  return { app, state };
}

/** The questions answered: a plan (and its causes) can be made. */
async function finished(app: AppState) {
  await app.confirmSafety();
  await app.finish();
  expect(app.planAllowed.value).toBe(true);
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = new Date(2026, 10, 26, 10, 0);
  snoozes = 0;
});

describe('desk state on WXT storage', () => {
  it('keeps ticks across a reload and starts fresh the next day', async () => {
    const { state } = await desk();
    await state.tick('feet-flat', true);
    state.dispose();
    const again = (await desk()).state;
    expect(again.ticked.value.has('feet-flat')).toBe(true);
    clock = new Date(2026, 10, 27, 0, 5);
    again.refreshDay();
    expect(again.ticked.value.size).toBe(0);
    const posture = again.lists.value.find((l) => l.id === 'posture')!;
    expect(posture.history.at(-2)).toMatchObject({ day: '2026-11-26', done: 1 });
    expect(posture.history.at(-1)).toMatchObject({ day: '2026-11-27', done: 0 });
  });

  it('tailors lists to the plan\'s likely causes, and to none before there is a plan', async () => {
    const { app, state } = await desk();
    expect(state.lists.value.flatMap((l) => l.items).filter((i) => i.forYou)).toEqual([]);
    await finished(app);
    await app.setAnswer('shoeKm', 900);
    await vi.waitFor(() => expect(state.lists.value.find((l) => l.id === 'lifestyle')!.items[0]).toMatchObject({ id: 'shoe-distance', forYou: true }));
  });

  it('picks nothing "for you" while a red flag stops the plan', async () => {
    const { app, state } = await desk();
    await finished(app);
    await app.setAnswer('shoeKm', 900);
    await vi.waitFor(() => expect(state.lists.value.flatMap((l) => l.items).some((i) => i.forYou)).toBe(true));
    await app.setFlags(['night-pain']);
    expect(app.stopped.value).toBe(true);
    expect(state.lists.value.flatMap((l) => l.items).filter((i) => i.forYou)).toEqual([]);
  });

  it('marks at most three items a list, even when every cause is likely', async () => {
    const { app, state } = await desk();
    await finished(app);
    await app.setAnswer('runningPosture', 'hunched');
    await app.setAnswer('shoeKm', 900);
    await app.setAnswer('weeklyIncreasePct', 30);
    await app.setAnswer('pastInjury', true);
    await app.setAnswer('spinalDiagnosis', 'herniated-disc');
    const lifestyle = () => state.lists.value.find((l) => l.id === 'lifestyle')!;
    // spinal-condition (0.8) serves two items; of the 0.7 ties overtraining comes before footwear.
    await vi.waitFor(() => expect(lifestyle().items.filter((i) => i.forYou).map((i) => i.id)).toEqual(['low-impact-session', 'physio-check', 'sleep']));
    for (const list of state.lists.value) expect(list.items.filter((i) => i.forYou).length, list.id).toBeLessThanOrEqual(3);
  });

  it('keeps breaks off and says why when notifications are refused', async () => {
    const { state } = await desk({ granted: false });
    await state.setBreaks({ enabled: true });
    expect(state.breakSettings.value.enabled).toBe(false);
    expect(state.breakMessage.value).toMatch(/permission/);
    const stored = (await fakeBrowser.storage.local.get('breakSettings')) as { breakSettings: { enabled: boolean } };
    expect(stored.breakSettings.enabled).toBe(false);
  });

  it('turns breaks on when notifications are allowed', async () => {
    const { state } = await desk();
    await state.setBreaks({ enabled: true, everyMinutes: 30 });
    expect(state.breakSettings.value).toMatchObject({ enabled: true, everyMinutes: 30 });
    expect(state.breakMessage.value).toBeNull();
  });

  it.each([true, false])('waits for the notifications answer (%s) before showing breaks on, then shows what is stored', async (granted) => {
    let answer!: (granted: boolean) => void;
    const { state } = await desk({ ask: () => new Promise<boolean>((resolve) => (answer = resolve)) });
    const turning = state.setBreaks({ enabled: true });
    expect(state.breakPending.value).toBe(true);
    expect(state.breakSettings.value.enabled).toBe(false);
    expect(await fakeBrowser.storage.local.get('breakSettings')).toEqual({});
    answer(granted);
    await turning;
    expect(state.breakPending.value).toBe(false);
    expect(state.breakSettings.value.enabled).toBe(granted);
    state.dispose();
    expect((await desk()).state.breakSettings.value.enabled).toBe(granted);
  });

  it('is not left waiting when storing the answer fails', async () => {
    const { state } = await desk();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    try {
      await state.setBreaks({ enabled: true });
    } finally {
      set.mockRestore();
    }
    expect(state.breakPending.value).toBe(false);
    expect(state.breakSettings.value.enabled).toBe(false);
    expect(state.notices.value.length).toBe(1);
  });

  it('offers a due break only while breaks are on, and counts the answer', async () => {
    const { state } = await desk();
    state.announceBreak();
    expect(state.breakDue.value).toBe(false);
    await state.setBreaks({ enabled: true });
    state.announceBreak();
    expect(state.breakDue.value).toBe(true);
    await state.answerBreak('take');
    expect(state.breakDue.value).toBe(false);
    state.announceBreak();
    await state.answerBreak('skip');
    state.announceBreak();
    await state.answerBreak('snooze');
    expect(state.breakDue.value).toBe(false);
    expect(snoozes).toBe(1);
    expect(state.breaksThisWeek.value).toEqual({ taken: 1, skipped: 1 });
    expect(await fakeBrowser.storage.local.get('breakLog')).toEqual({ breakLog: { '2026-11-26': { taken: 1, skipped: 1 } } });
  });

  it('falls back with a notice when stored ticks are corrupted', async () => {
    await fakeBrowser.storage.local.set({ ticks: { 'not-a-date': 'x' } });
    const { state } = await desk();
    expect(state.ticked.value.size).toBe(0);
    expect(state.notices.value[0]).toMatch(/could not read all of your checklist ticks/);
  });
});
