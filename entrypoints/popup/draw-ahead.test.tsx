// @vitest-environment happy-dom
import { waitFor } from '@testing-library/preact';
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { PopupApp, screenOf } from '../../components/PopupApp';
import { createPlanModel, type PlanModel } from '../../lib/state/plan-model';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAppState, type AppState } from '../../lib/state/app-state';
import { keepSnapshot, keptSnapshot, keptTomorrow, snapshotKey } from '../../lib/state/popup-snapshot';
import { returningRunner } from '../../tests/support/returning-runner';
import { drawTomorrow as draw, redrawToday as redraw, tomorrowOf } from './draw-ahead';
import { drawn, rested } from './keep-first-screen';

// Thursday 26 November 2026, 07:40: tomorrow is Friday the 27th.
const NOW = new Date(2026, 10, 26, 7, 40);

/** Stores `values` and opens the app on them once, as the popup does: what it reads is checked and sealed. */
async function stored(values: object) {
  await fakeBrowser.storage.local.set(values);
  const state = createAppState({ now: () => NOW });
  await state.load();
  state.dispose();
}

const platform = { openSheet: () => {}, openChecklists: () => {}, beep: () => {} };
/** The popup's own parts, as its app hands them in. */
const parts = { app: (state: AppState, plan: PlanModel) => <PopupApp state={state} plan={plan} platform={platform} />, screenOf, copy: drawn, rested, quietMs: 50 };
const drawTomorrow = (now: Date) => draw(parts, now);

const everything = () => fakeBrowser.storage.local.get(null);

beforeEach(() => {
  fakeBrowser.reset();
  localStorage.clear();
});

describe("tomorrow's first screen, drawn ahead", () => {
  it('is the app drawn for tomorrow, kept under tomorrow\'s key, and writes nothing', async () => {
    await stored(returningRunner('2026-11-26'));
    const before = await everything();
    expect(await drawTomorrow(NOW)).toBe(true);
    const ahead = keptTomorrow()!;
    expect(ahead).toMatchObject({ key: await snapshotKey(tomorrowOf(NOW)), screen: 'plan', day: '2026-11-27' });
    expect(ahead.html).toMatch(/Today, Friday:/);
    expect(ahead.html).toMatch(/Friday \(today\)/);
    expect(ahead.html).not.toMatch(/Today, Thursday|Thursday \(today\)/);
    expect(await everything()).toEqual(before);
    // Today's copy is left as it was (none here); tomorrow it is the one to open with.
    expect(keptSnapshot('2026-11-26')).toBeNull();
    expect(keptSnapshot('2026-11-27')).toEqual(ahead);
    expect(keptSnapshot('2026-11-28')).toBeNull();
  });

  it('is word for word what the app draws the next morning, across the turn of a week', async () => {
    const sunday = new Date(2026, 10, 29, 21, 15);
    await stored(returningRunner('2026-11-29'));
    expect(await drawTomorrow(sunday)).toBe(true);
    const ahead = new DOMParser().parseFromString(keptTomorrow()!.html, 'text/html').body;
    expect(ahead.textContent).toMatch(/Today, Monday:/);
    // Monday morning: the app itself, as it opens.
    const monday = new Date(2026, 10, 30, 6, 50);
    const state = createAppState({ now: () => monday });
    const plan = createPlanModel(state, { build: 'test' });
    await state.load();
    const live = document.createElement('div');
    render(<PopupApp state={state} plan={plan} platform={platform} />, live);
    await waitFor(() => expect(live.textContent).toBe(ahead.textContent), { timeout: 5_000 });
    render(null, live);
    plan.dispose();
    state.dispose();
  });

  it('is not drawn twice for the same stored values, and is drawn again when they change', async () => {
    await stored(returningRunner('2026-11-26'));
    expect(await drawTomorrow(NOW)).toBe(true);
    const first = keptTomorrow();
    expect(await drawTomorrow(NOW)).toBe(false);
    expect(keptTomorrow()).toEqual(first);
    await fakeBrowser.storage.local.set({ settings: { ...returningRunner('2026-11-26').settings, units: 'mi' } });
    await stored({});
    expect(await drawTomorrow(NOW)).toBe(true);
    expect(keptTomorrow()!.key).not.toBe(first!.key);
    expect(keptTomorrow()!.html).toMatch(/\d mi\b/);
  });

  it('is not drawn for a runner still answering the questions, nor behind a stop', async () => {
    await stored({ profile: { answers: {}, safetyAnswered: false, step: 1, done: false }, profile$: { v: 2 } });
    expect(await drawTomorrow(NOW)).toBe(false);
    const runner = returningRunner('2026-11-26');
    await stored({ ...runner, profile: { ...runner.profile, answers: { ...runner.profile.answers, redFlags: ['night-pain'] } } });
    expect(await drawTomorrow(NOW)).toBe(false);
    expect(keptTomorrow()).toBeNull();
  });

  it('is not drawn during a guided session, whose clock is never copied', async () => {
    await stored({ ...returningRunner('2026-11-26'), guidedSession: { kind: 'warm-up', step: 1 } });
    expect(await drawTomorrow(NOW)).toBe(false);
    expect(keptTomorrow()).toBeNull();
  });
});

describe("today's first screen, drawn again after a change", () => {
  it('replaces the copy the change left stale, with the change in it, and only once', async () => {
    await stored(returningRunner('2026-11-26'));
    keepSnapshot({ key: 'before the run was logged', html: '<h1>Week 3 of 8</h1>', screen: 'plan', day: '2026-11-26' });
    expect(await redraw(parts, NOW)).toBe(true);
    const today = keptSnapshot('2026-11-26')!;
    expect(today).toMatchObject({ key: await snapshotKey(NOW), screen: 'plan', day: '2026-11-26' });
    expect(today.html).toMatch(/Today, Thursday:/);
    expect(await redraw(parts, NOW)).toBe(false);
    expect(keptTomorrow()).toBeNull();
  });
});
