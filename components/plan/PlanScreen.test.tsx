// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAppState, type AppState } from '../../lib/state/app-state';
import { testPlanModel } from '../../tests/support/test-plan-model';
import { PopupApp } from '../PopupApp';

// Thursday 26 November 2026, a run day (Thursday is ticked): warm-up, run, cool-down.
const THU = new Date(2026, 10, 26, 8, 0);
const platform = { openSheet: () => {}, openChecklists: () => {}, beep: () => {}, version: '1.0.0' };
const RETURNING = {
  profile: { answers: { runDays: ['tue', 'thu', 'sat'] }, safetyAnswered: true, step: 7, done: true },
  profile$: { v: 2 },
  settings: { units: 'km', paper: 'a4', startDate: '2026-11-26', sound: false, restSeconds: 30 },
  settings$: { v: 3 },
};
let state: AppState;

async function mount(stored: object) {
  await fakeBrowser.storage.local.set(stored);
  state = createAppState({ now: () => THU });
  await state.load();
  render(<PopupApp state={state} plan={testPlanModel(state, '1.0.0')} platform={platform} />);
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  state?.dispose();
});

describe('guided sessions from the plan', () => {
  it('starts today’s warm-up with the runner’s rest, and opens on it again after the popup closed', async () => {
    await mount(RETURNING);
    fireEvent.click(await screen.findByRole('button', { name: 'Start warm-up' }));
    expect(await screen.findByRole('heading', { name: 'Warm-up', level: 1 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /^About \d+ min$/ })).toBeTruthy();
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('guidedSession')).guidedSession).toMatchObject({ kind: 'warm-up', restSeconds: 30 }));
    cleanup();
    state.dispose();
    state = createAppState({ now: () => THU });
    await state.load();
    render(<PopupApp state={state} plan={testPlanModel(state, '1.0.0')} platform={platform} />);
    expect(await screen.findByRole('heading', { name: 'Warm-up', level: 1 })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Week 1 of 8' })).toBeNull();
  });

  it('opens on the plan, with a notice, when a stored session cannot be read', async () => {
    await mount({ ...RETURNING, guidedSession: { kind: 'warm-up', index: 'three' } });
    expect(await screen.findByRole('heading', { name: 'Week 1 of 8' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/could not pick up your last guided session/);
  });

  it('lets the runner choose the rest between sets in Settings', async () => {
    await mount(RETURNING);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    fireEvent.click(await screen.findByLabelText('45 s'));
    await waitFor(() => expect(state.settings.value.restSeconds).toBe(45));
    expect(((await fakeBrowser.storage.local.get('settings')).settings as { restSeconds: number }).restSeconds).toBe(45);
    // Settings loads its export and import part on its own: let it arrive before the test ends.
    expect(await screen.findByRole('button', { name: 'Export my data' })).toBeTruthy();
  });
});

describe('the week strip', () => {
  it('opens a chosen day’s sessions, starts its guided parts, and marks today', async () => {
    await mount(RETURNING);
    const today = await screen.findByRole('button', { name: /^Thursday \(today\):/ });
    expect(today.getAttribute('aria-current')).toBe('date');
    const tuesday = screen.getByRole('button', { name: /^Tuesday:/ });
    expect(tuesday.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(tuesday);
    const view = await screen.findByRole('region', { name: 'Tuesday: Run day' });
    expect(tuesday.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => expect(document.activeElement?.id).toBe('day-view-heading'));
    // Runs say how hard, in the day view as on today's card.
    expect(view.textContent).toMatch(/Run [\d.]+ km, easy: you can talk in full sentences/);
    expect(screen.getByRole('region', { name: /^Today, Thursday/ }).textContent).toMatch(/easy: you can talk in full sentences/);
    // Closing goes back to the day's button.
    fireEvent.click(screen.getByRole('button', { name: 'Close Tuesday' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Tuesday: Run day' })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Tuesday:/ }));
    // A day with strength: start it from the day view.
    fireEvent.click(screen.getByRole('button', { name: /^Wednesday:/ }));
    const wednesday = await screen.findByRole('region', { name: /^Wednesday: / });
    const start = [...wednesday.querySelectorAll('button')].find((b) => /^Start /.test(b.textContent ?? ''));
    expect(start).toBeTruthy();
    const kind = start!.textContent!.replace('Start ', '');
    fireEvent.click(start!);
    expect(await screen.findByRole('heading', { level: 1, name: new RegExp(`^${kind}$`, 'i') })).toBeTruthy();
  });
});

describe('a start date ahead', () => {
  it('says when the programme starts', async () => {
    await mount({ ...RETURNING, settings: { ...RETURNING.settings, startDate: '2026-12-09' } });
    await screen.findByRole('heading', { name: 'Week 1 of 8' });
    expect(document.querySelector('.starts')?.textContent).toBe('Starts Monday 7 December. Until then, here is how your first week will look.');
  });

  it('says nothing of a start once begun', async () => {
    await mount(RETURNING);
    await screen.findByRole('heading', { name: 'Week 1 of 8' });
    expect(document.querySelector('.starts')).toBeNull();
  });
});

describe('your answers', () => {
  const open = async () => {
    fireEvent.click(await screen.findByRole('button', { name: 'Your answers: change or retake' }));
    await screen.findByRole('heading', { name: 'Your answers', level: 1 });
  };

  it('changes one answer without a retake, and the plan follows', async () => {
    await mount(RETURNING);
    await open();
    const shoes = screen.getByLabelText('Distance on this pair') as HTMLInputElement;
    fireEvent.input(shoes, { target: { value: '900' } });
    await waitFor(() => expect(state.profile.value.answers.shoeKm).toBe(900));
    expect(state.profile.value.done).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByRole('heading', { name: 'Week 1 of 8' });
    await waitFor(() => expect(document.body.textContent).toMatch(/Worn shoes/));
  });

  it('asks before a retake, keeps the plan until the last step, and can go back to the old answers', async () => {
    await mount(RETURNING);
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Retake the questions' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(state.profile.value.keptAnswers).toBeUndefined();
    fireEvent.click(await screen.findByRole('button', { name: 'Retake the questions' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, start the questions' }));
    await screen.findByRole('heading', { name: /safety check/ });
    // Still done, with the plan's answers kept, while the new ones come in.
    expect(state.profile.value.done).toBe(true);
    expect(state.profile.value.keptAnswers?.runDays).toEqual(['tue', 'thu', 'sat']);
    expect(state.planAllowed.value).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Keep my answers as they were' }));
    await screen.findByRole('heading', { name: 'Week 1 of 8' });
    expect(state.profile.value.keptAnswers).toBeUndefined();
    expect(state.profile.value.safetyAnswered).toBe(true);
  });

  it('takes the new answers only at the end of a retake', async () => {
    await mount(RETURNING);
    await act(() => state.retake());
    await act(() => state.setAnswer('weeklyKm', 55));
    expect(state.profile.value.keptAnswers?.weeklyKm).not.toBe(55);
    await act(() => state.finish());
    expect(state.profile.value.keptAnswers).toBeUndefined();
    expect(state.profile.value.answers.weeklyKm).toBe(55);
    expect(state.profile.value.done).toBe(true);
  });
});
