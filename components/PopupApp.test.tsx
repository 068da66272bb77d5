// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAppState, type AppState } from '../lib/state/app-state';
import { testPlanModel } from '../tests/support/test-plan-model';
import { PopupApp } from './PopupApp';

const THU = new Date(2026, 10, 26, 8, 0);
const platform = { openSheet: () => {}, openChecklists: () => {}, beep: () => {}, version: '1.0.0' };
let state: AppState;

async function mount() {
  state = createAppState({ now: () => THU });
  await state.load();
  render(<PopupApp state={state} plan={testPlanModel(state, '1.0.0')} platform={platform} />);
  await screen.findByRole('heading', { level: 1 });
}

const next = () => fireEvent.click(screen.getByRole('button', { name: /^(Next|See my plan)$/ }));

beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  cleanup();
  state?.dispose();
  // A write still under way (its schema loads on first use) lands now, not in the next test's storage.
  await new Promise((r) => setTimeout(r, 20));
});

describe('popup', () => {
  it('insists on an explicit answer to the safety screen', async () => {
    await mount();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/safety check/);
    next();
    expect((await screen.findByRole('alert')).textContent).toMatch(/None of these apply/);
    expect(state.profile.value.safetyAnswered).toBe(false);
  });

  it('reaches a plan by accepting every default', async () => {
    await mount();
    fireEvent.click(screen.getByLabelText('None of these apply to me'));
    next();
    for (const title of ['A little about you', 'Your back pain', 'How it behaves', 'Your running', 'Your shoes', 'Strength and stretch', 'Form and history']) {
      await screen.findByRole('heading', { name: title });
      next();
    }
    expect(await screen.findByRole('heading', { name: 'Week 1 of 8' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Today, Thursday: Run day/ })).toBeTruthy();
    expect(screen.getByText('Run 6.3 km')).toBeTruthy();
  });

  it('stops on an emergency flag with "now" directions and no plan', async () => {
    await mount();
    fireEvent.click(screen.getByLabelText(/A leg or foot that is getting weaker/));
    next();
    expect(await screen.findByRole('heading', { name: 'This needs emergency care' })).toBeTruthy();
    expect(screen.getByText(/Get help now: go to an emergency department/)).toBeTruthy();
    expect(screen.queryByText(/today/)).toBeNull();
    expect(screen.queryByText(/Week 1 of 8/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /by mistake/ }));
    expect(await screen.findByRole('heading', { name: /safety check/ })).toBeTruthy();
  });

  it('explains an invalid number beside the field, keeps the last good value and blocks Next', async () => {
    await mount();
    fireEvent.click(screen.getByLabelText('None of these apply to me'));
    next();
    await screen.findByRole('heading', { name: 'A little about you' });
    next();
    const weeks = await screen.findByLabelText('Weeks it has been going on');
    fireEvent.input(weeks, { target: { value: '-4' } });
    expect(screen.getByRole('alert').textContent).toMatch(/whole number of weeks/);
    expect(weeks.getAttribute('aria-invalid')).toBe('true');
    next();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Your back pain');
    expect(state.profile.value.answers.painWeeks).toBe(2);
    fireEvent.input(weeks, { target: { value: '7' } });
    await waitFor(() => expect(state.profile.value.answers.painWeeks).toBe(7));
  });

  it('forgets an unsaved bad entry once the runner leaves the step', async () => {
    await mount();
    fireEvent.click(screen.getByLabelText('None of these apply to me'));
    next();
    await screen.findByRole('heading', { name: 'A little about you' });
    next();
    const weeks = await screen.findByLabelText('Weeks it has been going on');
    fireEvent.input(weeks, { target: { value: '-4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { name: 'A little about you' });
    next();
    await screen.findByRole('heading', { name: 'Your back pain' });
    expect(screen.queryByRole('alert')).toBeNull();
    next();
    expect(await screen.findByRole('heading', { name: 'How it behaves' })).toBeTruthy();
  });

  it('stores distances typed in miles as km', async () => {
    await mount();
    fireEvent.click(screen.getByLabelText('None of these apply to me'));
    next();
    for (const title of ['A little about you', 'Your back pain', 'How it behaves']) {
      await screen.findByRole('heading', { name: title });
      next();
    }
    await screen.findByRole('heading', { name: 'Your running' });
    fireEvent.click(screen.getByLabelText('miles'));
    const weekly = await screen.findByLabelText('How far did you run last week?');
    fireEvent.input(weekly, { target: { value: '10' } });
    await waitFor(() => expect(state.profile.value.answers.weeklyKm).toBeCloseTo(16.093, 3));
  });

  it('shows a notice, not a blank popup, when stored answers are corrupted', async () => {
    await fakeBrowser.storage.local.set({ profile: 'garbage' });
    await mount();
    expect(screen.getByRole('status').textContent).toMatch(/could not read all of your saved answers/);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/safety check/);
  });
});

describe('plan view', () => {
  it('shows likely causes with reasons, the referral banner, notes and the week', async () => {
    await fakeBrowser.storage.local.set({
      profile: { answers: { plankSeconds: 10, shoeKm: 900, painWeeks: 8 }, safetyAnswered: true, step: 5, done: true },
      profile$: { v: 2 },
      settings: { units: 'mi', paper: 'a4', startDate: '2026-11-26', sound: false },
    });
    await mount();
    await screen.findByRole('heading', { name: 'Week 1 of 8' });
    const causes = screen.getByRole('heading', { name: 'Likely causes' }).parentElement!;
    expect(causes.textContent).toMatch(/Worn shoes\s*likely/);
    expect(causes.textContent).toMatch(/Weak core\s*likely/);
    expect(causes.textContent).toMatch(/You hold a plank for 10 s/);
    expect(causes.textContent).toMatch(/not a diagnosis/);
    expect(screen.getByRole('note').textContent).toMatch(/physiotherapist[\s\S]*\(8 so far\)/);
    expect(screen.getByText(/Time for a new pair/)).toBeTruthy();
    expect(screen.getByText('Run 3.9 mi')).toBeTruthy();
    expect(screen.getAllByRole('button').filter((li) => li.getAttribute('aria-current') === 'date')).toHaveLength(1);
  });

  it('logs a flare (not a move of the start date), says so, and takes it back with Undo', async () => {
    await fakeBrowser.storage.local.set({
      profile: { answers: {}, safetyAnswered: true, step: 5, done: true },
      profile$: { v: 2 },
      settings: { units: 'km', paper: 'a4', startDate: '2026-11-16', sound: false },
      settings$: { v: 2 },
    });
    await mount();
    fireEvent.click(await screen.findByRole('button', { name: /Had a flare/ }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Flare logged/));
    expect((await fakeBrowser.storage.local.get('log')).log).toMatchObject({ flares: [state.todayIso.value] });
    expect(state.settings.value.startDate).toBe('2026-11-16');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('log')).log).toMatchObject({ flares: [] }));
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('settings', () => {
  it('deletes all data only after a second yes, then starts again from the questions', async () => {
    await fakeBrowser.storage.local.set({
      profile: { answers: { plankSeconds: 20 }, safetyAnswered: true, step: 5, done: true },
      profile$: { v: 2 },
      settings: { units: 'mi', paper: 'letter', startDate: '2026-11-26', sound: true },
      settings$: { v: 2 },
      ticks: { '2026-11-26': ['feet-flat'] },
    });
    await mount();
    await screen.findByRole('heading', { name: 'Week 1 of 8' });
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    await screen.findByRole('heading', { name: 'Settings' });
    // Its export and import part loads on its own: let it arrive while the test still runs.
    await screen.findByRole('button', { name: 'Export my data' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Settings'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Keep my data'));
    fireEvent.click(screen.getByRole('button', { name: 'Keep my data' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Delete all my data'));
    expect(Object.keys(await fakeBrowser.storage.local.get())).toContain('profile');
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(await screen.findByRole('heading', { name: /safety check/ })).toBeTruthy();
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    expect(state.settings.value.units).toBe('km');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
