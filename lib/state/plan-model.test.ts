import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Plan } from '../schemas/plan';
import type { StoredPlan } from '../schemas/stored-plan';
import { createAppState, type AppState } from './app-state';
import { createPlanModel, type BuildPlan, type PlanModel } from './plan-model';
import { buildWordedPlan } from './plan-pipeline';

const THU = new Date(2026, 10, 26, 8, 0);
const LATER = new Date(2026, 11, 17, 8, 0); // three weeks on: week 4

/** The real pipeline, recording each build as "week units". */
function countingBuilder() {
  const calls: string[] = [];
  const build: BuildPlan = async (inputs) => {
    const plan = buildWordedPlan(inputs);
    calls.push(`${plan.week?.number} ${inputs.units}`);
    return plan;
  };
  return { calls, build };
}

let opened: { state: AppState; current: PlanModel }[] = [];

/** Opens a page: loads the state, then this week's plan. */
async function open({ version = '1.0.0', now = THU, build = countingBuilder().build } = {}) {
  const state = createAppState({ now: () => now });
  await state.load();
  const current = createPlanModel(state, { build: version, buildPlan: build });
  opened.push({ state, current });
  return { state, current };
}

const settled = (current: PlanModel) =>
  new Promise<Plan | null>((resolve) => {
    const check = () => (current.status.value === 'loading' ? setTimeout(check, 0) : resolve(current.plan.value));
    check();
  });

const storedPlan = async () => (await fakeBrowser.storage.local.get<{ weekPlan?: StoredPlan }>('weekPlan')).weekPlan;

/** Settled, and the plan stored for the next page (it is stored after it is shown). */
async function stored(current: PlanModel) {
  const plan = await settled(current);
  await vi.waitFor(async () => expect((await storedPlan())?.plan).toEqual(plan));
  return plan;
}

async function finishQuestions(answers = {}) {
  await fakeBrowser.storage.local.set({
    profile: { answers: { plankSeconds: 20, shoeKm: 650, ...answers }, safetyAnswered: true, step: 5, done: true },
    profile$: { v: 2 },
    settings: { units: 'km', paper: 'a4', startDate: '2026-11-26', sound: false },
    settings$: { v: 2 },
  });
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  opened.forEach(({ state, current }) => (current.dispose(), state.dispose()));
  opened = [];
});

describe("this week's plan, stored between popups", () => {
  it('has no plan and builds nothing before the questions are done', async () => {
    const counter = countingBuilder();
    const { current } = await open({ build: counter.build });
    expect(await settled(current)).toBeNull();
    expect(current.status.value).toBe('none');
    expect(counter.calls).toEqual([]);
  });

  it('builds the plan the pipeline makes, once, and stores it', async () => {
    await finishQuestions();
    const counter = countingBuilder();
    const { state, current } = await open({ build: counter.build });
    const plan = await settled(current);
    expect(plan).toEqual(buildWordedPlan({ answers: state.profile.value.answers, log: state.log.value, today: '2026-11-26', units: 'km', clinicianSeenOn: null, painAnswer: null, distanceAnswer: null }));
    expect(plan?.progress).toMatchObject({ calendarWeek: 1, step: 1, decision: 'start' });
    expect(counter.calls).toEqual(['1 km']);
    await vi.waitFor(async () => expect((await storedPlan())?.plan).toEqual(plan));
  });

  it('shows a plan it built before storing it: a slow or refusing storage delays nothing', async () => {
    await finishQuestions();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if ('weekPlan' in items) await held;
      return set(items);
    });
    const { current } = await open();
    expect((await settled(current))?.week?.number).toBe(1);
    expect(await storedPlan()).toBeUndefined();
    release();
    await vi.waitFor(async () => expect((await storedPlan())?.plan).toEqual(current.plan.value));
    vi.restoreAllMocks();
  });

  it('reopens from storage without building again', async () => {
    await finishQuestions();
    const first = await stored((await open()).current);
    const counter = countingBuilder();
    const { current } = await open({ build: counter.build });
    expect(await settled(current)).toEqual(first);
    expect(counter.calls).toEqual([]);
  });

  it('builds the new week when the week turns: with nothing logged, the step holds', async () => {
    await finishQuestions();
    await stored((await open()).current);
    const counter = countingBuilder();
    const { current } = await open({ now: LATER, build: counter.build });
    expect((await settled(current))?.progress).toMatchObject({ calendarWeek: 4, step: 1, decision: 'hold' });
    expect(counter.calls).toEqual(['1 km']);
  });

  it('builds again when a session is logged, from any page, and the log decides the next week', async () => {
    await finishQuestions();
    const counter = countingBuilder();
    const { current } = await open({ build: counter.build });
    await settled(current);
    // Either page may be first to build the new week (the other then reads it): count both.
    const other = await open({ build: counter.build });
    await other.state.logSession({ date: '2026-11-26', kind: 'run', done: true, km: 5, pain: 2 });
    await vi.waitFor(() => expect(counter.calls.length).toBeGreaterThanOrEqual(2));
    await settled(current);
    expect((await storedPlan())?.builtFrom).toMatch(/"km":5/);
  });

  it('builds again after an update, since new code or exercises may plan differently', async () => {
    await finishQuestions();
    await stored((await open({ version: '1.0.0' })).current);
    const counter = countingBuilder();
    await settled((await open({ version: '1.1.0', build: counter.build })).current);
    expect(counter.calls).toEqual(['1 km']);
  });

  it('builds again when the answers change, even on another page', async () => {
    await finishQuestions({ shoeKm: 200 });
    const counter = countingBuilder();
    const { current } = await open({ build: counter.build });
    expect((await settled(current))?.causes.find((c) => c.id === 'footwear')?.score).toBeLessThan(0.5);
    // Either page may be first to build the new plan (the other then reads it): count both.
    const other = await open({ build: counter.build });
    await other.state.setAnswer('shoeKm', 900);
    // The change reaches this page through the storage watch: poll for it, no fixed wait.
    await vi.waitFor(() => expect(counter.calls.length).toBeGreaterThanOrEqual(2));
    await vi.waitFor(() => expect(current.plan.value?.causes.find((c) => c.id === 'footwear')?.score).toBeGreaterThanOrEqual(0.5));
    const plan = await settled(current);
    expect(new Set(counter.calls)).toEqual(new Set(['1 km']));
    expect(plan?.causes.find((c) => c.id === 'footwear')?.score).toBeGreaterThanOrEqual(0.5);
  });

  it('builds again when the units change, so reasons and notes read in miles', async () => {
    await finishQuestions({ weeklyIncreasePct: 25 });
    const counter = countingBuilder();
    const { state, current } = await open({ build: counter.build });
    expect(JSON.stringify(await settled(current))).toMatch(/ km\b/);
    await state.updateSettings({ units: 'mi' });
    const plan = await settled(current);
    expect(counter.calls).toEqual(['1 km', '1 mi']);
    expect(plan).toEqual(buildWordedPlan({ answers: state.profile.value.answers, log: state.log.value, today: '2026-11-26', units: 'mi', clinicianSeenOn: null, painAnswer: null, distanceAnswer: null }));
  });

  it('rebuilds a corrupted stored plan quietly: it holds nothing of the runner’s own', async () => {
    await finishQuestions();
    await stored((await open()).current);
    const saved = (await storedPlan())!;
    await fakeBrowser.storage.local.set({ weekPlan: { ...saved, plan: { ...saved.plan, causes: 'all of them' } } });
    const counter = countingBuilder();
    const { state, current } = await open({ build: counter.build });
    expect((await settled(current))?.week?.number).toBe(1);
    expect(counter.calls).toEqual(['1 km']);
    expect(state.notices.value).toEqual([]);
    await vi.waitFor(async () => expect((await storedPlan())?.plan.causes).toHaveLength(8));
  });

  it('says when the plan could not be built, and tries again on request', async () => {
    await finishQuestions();
    let fail = true;
    const counter = countingBuilder();
    const { current } = await open({ build: (inputs) => (fail ? Promise.reject(new Error('chunk failed')) : counter.build(inputs)) });
    expect(await settled(current)).toBeNull();
    expect(current.status.value).toBe('failed');
    fail = false;
    current.retry();
    expect((await settled(current))?.week?.number).toBe(1);
    expect(current.status.value).toBe('ready');
  });

  it('never builds a plan behind a red flag', async () => {
    await finishQuestions({ redFlags: ['night-pain'] });
    const counter = countingBuilder();
    const { state, current } = await open({ build: counter.build });
    expect(state.stopped.value).toBe(true);
    expect(await settled(current)).toBeNull();
    expect(counter.calls).toEqual([]);
  });
});
