// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAppState, type AppState } from '../lib/state/app-state';
import { testPlanModel } from '../tests/support/test-plan-model';
import { PopupApp } from './PopupApp';

const THU = new Date(2026, 10, 26, 8, 0);
const platform = { openSheet: () => {}, openChecklists: () => {}, beep: () => {}, version: '1.0.0' };
let state: AppState;

async function mount(stored: Record<string, unknown> = {}) {
  await fakeBrowser.storage.local.set(stored);
  state = createAppState({ now: () => THU });
  await state.load();
  render(<PopupApp state={state} plan={testPlanModel(state, '1.0.0')} platform={platform} />);
  await screen.findByRole('heading', { level: 1 });
}

/** A finished profile (version 2) with these answers. */
const finished = (answers: object, extra: object = {}) => ({
  profile: { answers, safetyAnswered: true, step: 7, done: true, ...extra },
  profile$: { v: 2 },
  settings: { units: 'km', paper: 'a4', startDate: '2026-11-26', sound: false },
  settings$: { v: 2 },
});

const next = () => fireEvent.click(screen.getByRole('button', { name: /^(Next|See my plan|Back to my plan)$/ }));
const h1 = () => screen.getByRole('heading', { level: 1 }).textContent;

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  state?.dispose();
});

describe('the safety step', () => {
  it('asks symptoms and history apart, in plain words, with no "most people" or "right now"', async () => {
    await mount();
    const now = screen.getByRole('group', { name: 'Do you have any of these?' });
    const history = screen.getByRole('group', { name: 'Has any of this happened?' });
    expect(within(now).getAllByRole('checkbox')).toHaveLength(13);
    expect(within(history).getAllByRole('checkbox')).toHaveLength(4);
    expect(within(history).getByLabelText(/It started after a serious accident/)).toBeTruthy();
    expect(within(now).getByLabelText(/between your legs/).closest('label')!.textContent).not.toMatch(/groin/);
    expect(within(now).getByLabelText(/down both legs/).closest('label')!.textContent).toMatch(/not sore or tired legs after running/);
    expect(within(now).getByLabelText(/bladder or bowel/).closest('label')!.textContent).toMatch(/already had/);
    expect(document.body.textContent).not.toMatch(/Most people|right now/i);
  });

  it('shows when a flag was cleared, and stops again if the runner says it is new or worse', async () => {
    await mount(finished({ redFlags: ['night-pain'], clearedFlags: ['night-pain'] }, { clearedOn: { 'night-pain': '2026-11-02' } }));
    fireEvent.click(await screen.findByRole('button', { name: 'Your answers: change or retake' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Retake the questions' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, start the questions' }));
    await screen.findByRole('heading', { name: /safety check/ });
    const worse = screen.getByLabelText(/cleared this on 2 November 2026\. Tick if it is new or worse since/);
    expect((worse as HTMLInputElement).checked).toBe(false);
    fireEvent.click(worse);
    await waitFor(() => expect(state.profile.value.answers.clearedFlags).toEqual([]));
    next();
    expect(await screen.findByRole('heading', { name: 'This needs a doctor first' })).toBeTruthy();
  });
});

describe('a little about you', () => {
  it('asks age with nothing preselected, and will not go on under 18', async () => {
    await mount();
    fireEvent.click(screen.getByLabelText('None of these apply to me'));
    next();
    await screen.findByRole('heading', { name: 'A little about you' });
    expect(screen.getByText("These don't stop your plan, but they change it.")).toBeTruthy();
    const age = (await screen.findByLabelText('Your age')) as HTMLInputElement;
    expect(age.value).toBe('');
    fireEvent.input(age, { target: { value: '16' } });
    expect(screen.getByRole('alert').textContent).toMatch(/for adults \(18 and over\)/);
    next();
    expect(h1()).toBe('A little about you');
    expect(state.profile.value.answers.age).toBeNull();
    fireEvent.input(age, { target: { value: '41' } });
    await waitFor(() => expect(state.profile.value.answers.age).toBe(41));
    fireEvent.input(age, { target: { value: '' } });
    await waitFor(() => expect(state.profile.value.answers.age).toBeNull());
    fireEvent.click(screen.getByLabelText(/osteoporosis/));
    fireEvent.click(screen.getByLabelText('Pregnant, 16 weeks or more'));
    next();
    await screen.findByRole('heading', { name: 'Your back pain' });
    expect(state.profile.value.answers).toMatchObject({ riskFactors: ['osteoporosis'], pregnancy: 'pregnant-16-weeks-plus' });
  });
});

describe('the self-tests', () => {
  it('offers "I didn\'t try" for the plank and hides the toe touch where it could harm', async () => {
    await mount({ profile: { answers: { painWhere: ['below-knee'] }, safetyAnswered: true, step: 6, done: false }, profile$: { v: 2 } });
    await screen.findByRole('heading', { name: 'Strength and stretch' });
    const notTried = (await screen.findByLabelText("I didn't try")) as HTMLInputElement;
    expect(screen.queryByText(/touch your toes/)).toBeNull();
    expect(notTried.checked).toBe(true);
    fireEvent.input(screen.getByLabelText(/hold a front plank/), { target: { value: '40' } });
    await waitFor(() => expect(state.profile.value.answers.plankSeconds).toBe(40));
    expect(notTried.checked).toBe(false);
    fireEvent.click(notTried);
    await waitFor(() => expect(state.profile.value.answers.plankSeconds).toBeNull());
    await act(() => state.setAnswer('painWhere', ['centre']));
    expect(screen.getByRole('radio', { name: "Didn't try" })).toBeTruthy();
  });
});

describe('the stop screen', () => {
  it('urgent: a clinician cleared it, last week’s distance again, then the plan with a referral', async () => {
    await mount(finished({ redFlags: ['weight-loss'], weeklyKm: 30 }));
    expect(h1()).toBe('This needs a doctor first');
    expect(screen.getByText(/Contact a doctor today/)).toBeTruthy();
    expect(screen.queryByText(/\bnow\b/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'A clinician has checked this and cleared me' }));
    await screen.findByRole('heading', { name: 'How far did you run last week?' });
    expect(state.profile.value.clearedOn).toEqual({ 'weight-loss': '2026-11-26' });
    fireEvent.click(screen.getByRole('button', { name: 'Show my plan' }));
    expect(screen.getByRole('alert').textContent).toMatch(/0 if you did not run/);
    fireEvent.input(screen.getByLabelText("Last week's distance"), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show my plan' }));
    await screen.findByRole('heading', { name: 'Week 1 of 8' });
    expect(state.profile.value.answers.weeklyKm).toBe(12);
    expect(screen.getByRole('note').textContent).toMatch(/A clinician has checked the warning signs/);
  });

  it('emergency: says now, and asks twice before taking a clearance', async () => {
    await mount(finished({ redFlags: ['both-legs'] }));
    expect(h1()).toBe('This needs emergency care');
    expect(screen.getByText(/Get help now/)).toBeTruthy();
    expect(screen.queryByText(/today/)).toBeNull();
    const cleared = screen.getByRole('button', { name: /assessed at an emergency department or by a specialist and discharged/ });
    fireEvent.click(cleared);
    const check = await screen.findByRole('heading', { name: 'Please check once more' });
    await waitFor(() => expect(document.activeElement).toBe(check));
    expect(state.profile.value.answers.clearedFlags).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Not yet' }));
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/assessed at an emergency department/));
    fireEvent.click(screen.getByRole('button', { name: /assessed at an emergency department/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, I was assessed and discharged' }));
    await screen.findByRole('heading', { name: 'How far did you run last week?' });
    expect(state.profile.value.answers.clearedFlags).toEqual(['both-legs']);
  });

  it('goes back to the safety step on "I ticked this by mistake"', async () => {
    await mount(finished({ redFlags: ['chest-pain'] }));
    fireEvent.click(screen.getByRole('button', { name: 'I ticked this by mistake' }));
    expect(await screen.findByRole('heading', { name: /safety check/ })).toBeTruthy();
    fireEvent.click(screen.getByLabelText(/Chest pain/));
    fireEvent.click(screen.getByLabelText('None of these apply to me'));
    next();
    await screen.findByRole('heading', { name: 'A little about you' });
    next();
    expect(await screen.findByRole('heading', { name: 'Week 1 of 8' })).toBeTruthy();
  });

  it('severe pain: cannot be cleared, lifts when the pain now is 8 or less', async () => {
    await mount(finished({ painLevel: 9 }));
    expect(h1()).toBe('Your pain is too high to train');
    expect(screen.queryByRole('button', { name: /cleared me|by mistake/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'My pain has eased' }));
    fireEvent.click(await screen.findByRole('radio', { name: '10' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/At 10 out of 10/);
    expect(h1()).toBe('Your pain is too high to train');
    fireEvent.click(screen.getByRole('radio', { name: '6' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: 'How far did you run last week?' });
    expect(state.profile.value.answers.painLevel).toBe(6);
  });

  it('under 18 (from a file): the directions only', async () => {
    await mount();
    await act(() => state.setFlags([]));
    await act(() => state.confirmSafety());
    // The popup never stores an age under 18; the triage still has a words-only stop for it.
    const { StopScreen } = await import('./StopScreen');
    cleanup();
    render(<StopScreen answers={{ ...state.profile.value.answers, age: 16 }} triage={{ stop: true, urgency: 'not-adult', flags: [], stopValues: {}, referral: true, referralReasons: [] }} onClear={() => {}} onMistake={() => {}} onPain={() => {}} />);
    expect(screen.getByText(/made for adults/)).toBeTruthy();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});

describe('a profile stored before this version', () => {
  it('asks the safety and about-you steps again, then goes straight back to the plan', async () => {
    await mount({ profile: { answers: { plankSeconds: 20 }, safetyAnswered: true, step: 5, done: true } });
    expect(h1()).toMatch(/safety check/);
    expect(screen.getByText('Step 1 of 2')).toBeTruthy();
    expect(screen.getByText(/asks about more warning signs/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('None of these apply to me'));
    next();
    await screen.findByRole('heading', { name: 'A little about you' });
    next();
    expect(await screen.findByRole('heading', { name: 'Week 1 of 8' })).toBeTruthy();
  });
});
