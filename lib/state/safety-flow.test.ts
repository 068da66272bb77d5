import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STEP_IDS } from '../../data/step-ids';
import { QUESTION_STEPS } from '../../data/questions';
import { DEFAULT_ANSWERS } from '../schemas/profile-values';
import { createAppState } from './app-state';
import { planNow } from '../../tests/support/plan-now';
import { nextStep, PAIN_STEP, previousStep, stepsFor } from './questionnaire-steps';

const THU = new Date(2026, 10, 26, 8, 0);
/** A finished profile as version 1 stored it, before safety rules v2. */
const V1_DONE = { answers: { painLevel: 4, plankSeconds: 20, toeTouch: 'just', redFlags: [] }, safetyAnswered: true, step: 5, done: true };

async function open(stored: Record<string, unknown> = {}) {
  await fakeBrowser.storage.local.set(stored);
  const state = createAppState({ now: () => THU });
  await state.load();
  return state;
}

beforeEach(() => fakeBrowser.reset());

describe('the questionnaire steps', () => {
  it('follow STEP_IDS, with the safety step first and the pain step where the stop rule expects it', () => {
    expect(QUESTION_STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
    expect(QUESTION_STEPS[PAIN_STEP]!.fields).toContain('painLevel');
  });

  it('go through every step, or only safety and about-you on a rescreen', () => {
    expect(stepsFor({ rescreen: false })).toHaveLength(STEP_IDS.length);
    expect(stepsFor({ rescreen: true }).map((i) => STEP_IDS[i])).toEqual(['safety', 'about']);
    expect(nextStep({ rescreen: true }, 1)).toBeNull();
    expect(nextStep({ rescreen: false }, 1)).toBe(2);
    expect(previousStep({ rescreen: true }, 1)).toBe(0);
    expect(previousStep({ rescreen: false }, 0)).toBeNull();
  });
});

describe('a profile stored before safety rules v2', () => {
  it('loads with the new defaults but asks the safety step again before any plan', async () => {
    const state = await open({ profile: V1_DONE });
    const p = state.profile.value;
    expect(p.answers).toMatchObject({ painLevel: 4, plankSeconds: 20, age: null, riskFactors: [], pregnancy: 'no', clearedFlags: [] });
    expect(p).toMatchObject({ safetyAnswered: false, step: 0, done: true, rescreen: true });
    expect(state.notices.value).toEqual([]);
    expect(state.planAllowed.value).toBe(false);
    expect(planNow(state)).toBeNull();
    expect(await fakeBrowser.storage.local.get('profile$')).toMatchObject({ profile$: { v: 2 } });
  });

  it('goes back to the plan after the safety and about-you steps, not through every step', async () => {
    const state = await open({ profile: V1_DONE });
    await state.setFlags([]);
    await state.confirmSafety();
    expect(state.profile.value.step).toBe(1);
    await state.setAnswer('age', 52);
    await state.finish();
    expect(state.profile.value).toMatchObject({ done: true, rescreen: false });
    expect(state.planAllowed.value).toBe(true);
    expect(planNow(state)?.week?.number).toBe(1);
  });

  it('starts an unfinished one again from the safety step, keeping its answers', async () => {
    const state = await open({ profile: { ...V1_DONE, done: false, step: 3 } });
    expect(state.profile.value).toMatchObject({ step: 0, done: false, rescreen: false, safetyAnswered: false });
    expect(state.profile.value.answers.painLevel).toBe(4);
  });

  it('is not migrated again after all data is deleted and answered afresh', async () => {
    const state = await open({ profile: V1_DONE });
    await state.eraseAll();
    await state.setFlags([]);
    await state.confirmSafety();
    state.dispose();
    const again = await open();
    expect(again.profile.value).toMatchObject({ safetyAnswered: true, step: 1, rescreen: false });
  });
});

describe('the stop, from the domain triage', () => {
  it('stops on a flag only once the safety step is confirmed', async () => {
    const state = await open();
    await state.setFlags(['chest-pain']);
    expect(state.stopped.value).toBe(false);
    await state.confirmSafety();
    expect(state.stopped.value).toBe(true);
    expect(state.triage.value).toMatchObject({ urgency: 'emergency', flags: ['chest-pain'] });
  });

  it('refers instead of stopping where the brief says so (a minor knock under 50)', async () => {
    const state = await open();
    await state.setFlags(['trauma']);
    await state.confirmSafety();
    expect(state.stopped.value).toBe(false);
    await state.setAnswer('age', 55);
    expect(state.stopped.value).toBe(true);
    expect(state.triage.value.urgency).toBe('urgent');
  });

  it('stops for severe pain only once the runner is past the pain step, and lifts at 8 or less', async () => {
    const state = await open();
    await state.setFlags([]);
    await state.confirmSafety();
    await state.goToStep(PAIN_STEP);
    await state.setAnswer('painLevel', 9);
    expect(state.stopped.value).toBe(false);
    await state.goToStep(PAIN_STEP + 1);
    expect(state.stopped.value).toBe(true);
    expect(state.triage.value.urgency).toBe('severe-pain');
    await state.reportPain(10);
    expect(state.stopped.value).toBe(true);
    expect(state.profile.value.recheckDistance).toBe(false);
    await state.reportPain(8);
    expect(state.stopped.value).toBe(false);
    expect(state.profile.value.recheckDistance).toBe(true);
  });
});

describe('clearance', () => {
  async function stoppedRunner(flags: Parameters<ReturnType<typeof createAppState>['setFlags']>[0]) {
    const state = await open({ profile: { answers: { weeklyKm: 30, weeklyIncreasePct: 5 }, safetyAnswered: true, step: 7, done: true }, profile$: { v: 2 } });
    await state.retake();
    await state.setFlags(flags);
    await state.confirmSafety();
    return state;
  }

  it('records the date, asks last week’s distance again, then plans with a referral', async () => {
    const state = await stoppedRunner(['weight-loss']);
    expect(state.stopped.value).toBe(true);
    await state.clearFlags(state.triage.value.flags);
    expect(state.profile.value.answers.clearedFlags).toEqual(['weight-loss']);
    expect(state.profile.value.clearedOn).toEqual({ 'weight-loss': '2026-11-26' });
    expect(state.stopped.value).toBe(false);
    expect(state.profile.value.recheckDistance).toBe(true);
    await state.confirmDistance(12);
    expect(state.profile.value).toMatchObject({ recheckDistance: false, answers: { weeklyKm: 12, weeklyIncreasePct: 5 } });
    await state.finish();
    const plan = planNow(state)!;
    expect(plan.safety.referralReasons).toContain('cleared-flags');
  });

  it('clears the emergency flags first; an urgent one still stops', async () => {
    const state = await stoppedRunner(['saddle-numbness', 'weight-loss']);
    expect(state.triage.value).toMatchObject({ urgency: 'emergency', flags: ['saddle-numbness'] });
    await state.clearFlags(state.triage.value.flags, '2026-11-20');
    expect(state.triage.value).toMatchObject({ urgency: 'urgent', flags: ['weight-loss'] });
    expect(state.stopped.value).toBe(true);
  });

  it('stops again when the runner says a cleared flag is new or worse, and can take that back', async () => {
    const state = await stoppedRunner(['night-pain']);
    await state.clearFlags(['night-pain'], '2026-11-20');
    await state.confirmDistance(10);
    expect(state.stopped.value).toBe(false);
    await state.unclear('night-pain');
    expect(state.profile.value.answers.clearedFlags).toEqual([]);
    expect(state.stopped.value).toBe(true);
    await state.unclear('night-pain', false);
    expect(state.profile.value.answers.clearedFlags).toEqual(['night-pain']);
    expect(state.profile.value.clearedOn['night-pain']).toBe('2026-11-20');
  });

  it('forgets a clearance when its flag is unticked', async () => {
    const state = await stoppedRunner(['night-pain', 'weight-loss']);
    await state.clearFlags(['night-pain', 'weight-loss']);
    await state.setFlags(['weight-loss']);
    expect(state.profile.value.answers.clearedFlags).toEqual(['weight-loss']);
    expect(Object.keys(state.profile.value.clearedOn)).toEqual(['weight-loss']);
  });

  it('records a fall in distance after a finished plan, so the plan does not grow from the old one', async () => {
    const state = await open({ profile: { answers: { weeklyKm: 30, weeklyIncreasePct: 5 }, safetyAnswered: true, step: 7, done: true, recheckDistance: true }, profile$: { v: 2 } });
    await state.confirmDistance(0);
    expect(state.profile.value.answers).toMatchObject({ weeklyKm: 0, weeklyIncreasePct: -100 });
  });

  it('goes back to the safety step on "ticked by mistake", then back to the plan', async () => {
    const state = await open({ profile: { answers: {}, safetyAnswered: true, step: 7, done: true }, profile$: { v: 2 } });
    await state.setFlags(['weight-loss']);
    expect(state.stopped.value).toBe(true);
    await state.backToSafety();
    expect(state.profile.value).toMatchObject({ step: 0, safetyAnswered: false, rescreen: true, done: true });
    await state.setFlags([]);
    await state.confirmSafety();
    await state.finish();
    expect(state.planAllowed.value).toBe(true);
    expect(state.profile.value.answers).toEqual({ ...DEFAULT_ANSWERS });
  });
});
