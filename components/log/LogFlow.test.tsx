// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAppState, type AppState } from '../../lib/state/app-state';
import { testPlanModel } from '../../tests/support/test-plan-model';
import { PopupApp } from '../PopupApp';

// The programme started Monday 23 November 2026; runs on Wednesday, Thursday and Saturday.
const WED = new Date(2026, 10, 25, 8, 0);
const THU = new Date(2026, 10, 26, 8, 0);
const platform = { openSheet: () => {}, openChecklists: () => {}, beep: () => {} };
const RETURNING = {
  profile: { answers: { runDays: ['wed', 'thu', 'sat'], painLevel: 3, weeklyKm: 20, longestRunKm: 8 }, safetyAnswered: true, step: 7, done: true },
  profile$: { v: 2 },
  settings: { units: 'km', paper: 'a4', startDate: '2026-11-23', sound: false, restSeconds: 30 },
  settings$: { v: 3 },
};
let state: AppState;

async function open(now: Date, stored: object = {}) {
  cleanup();
  state?.dispose();
  await fakeBrowser.storage.local.set(stored);
  state = createAppState({ now: () => now });
  await state.load();
  render(<PopupApp state={state} plan={testPlanModel(state, 'test')} platform={platform} />);
}
const storedLog = async () => (await fakeBrowser.storage.local.get('log')).log as { sessions: object[]; mornings: object[] } | undefined;
const todayCard = async () => (await screen.findByRole('heading', { name: /^Today,/ })).closest('section')!;
const runKm = async () => Number(within(await todayCard()).getByText(/^Run \d/).textContent!.match(/Run ([\d.]+) km/)![1]);

beforeEach(() => {
  fakeBrowser.reset();
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  state?.dispose();
});

describe('logging from the today card', () => {
  it('logs the run in one tap: done, the planned distance, the pain as usual shown on the button', async () => {
    await open(WED, RETURNING);
    const card = await todayCard();
    const planned = await runKm();
    fireEvent.click(within(card).getByRole('button', { name: /^Done, pain 3 as usual: Run .* as planned$/ }));
    await waitFor(async () => expect((await storedLog())?.sessions).toEqual([{ date: '2026-11-25', kind: 'run', done: true, km: planned, pain: 3 }]));
    expect(await within(await todayCard()).findByText(`Done, pain 3/10, ${planned} km`)).toBeTruthy();
  });

  it('logs another way: skipped, or done with its own pain and distance in miles', async () => {
    await open(WED, { ...RETURNING, settings: { ...RETURNING.settings, units: 'mi' } });
    const card = await todayCard();
    fireEvent.click(within(card).getByRole('button', { name: /^Other… \(Run / }));
    fireEvent.click(within(card).getByLabelText('5'));
    fireEvent.input(within(card).getByLabelText('Distance you ran (mi)'), { target: { value: '2' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await storedLog())?.sessions).toEqual([{ date: '2026-11-25', kind: 'run', done: true, km: 3.219, pain: 5 }]));
    fireEvent.click(await within(await todayCard()).findByRole('button', { name: /^Change: Run/ }));
    fireEvent.click(within(await todayCard()).getByLabelText('Skipped'));
    fireEvent.click(within(await todayCard()).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await storedLog())?.sessions).toEqual([{ date: '2026-11-25', kind: 'run', done: false }]));
  });

  it('never offers pain above 5 as "usual": the session is logged with its own number', async () => {
    await open(WED, { ...RETURNING, profile: { ...RETURNING.profile, answers: { ...RETURNING.profile.answers, painLevel: 6 } } });
    const card = await todayCard();
    expect(within(card).queryByRole('button', { name: /as usual/ })).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: /^Log it \(Run / }));
    expect(within(card).getByRole('form', { name: /^Log Run/ })).toBeTruthy();
  });

  it('refuses a run with no distance, naming what is allowed, and stores nothing', async () => {
    await open(WED, RETURNING);
    const card = await todayCard();
    fireEvent.click(within(card).getByRole('button', { name: /^Other… \(Run / }));
    fireEvent.input(within(card).getByLabelText('Distance you ran (km)'), { target: { value: '' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save' }));
    expect(within(card).getByText(/Enter the distance you ran, 0 to 300 km/)).toBeTruthy();
    expect(await storedLog()).toBeUndefined();
  });
});

describe('the morning check-in', () => {
  const RAN_YESTERDAY = { ...RETURNING, log: { sessions: [{ date: '2026-11-25', kind: 'run', done: true, km: 6, pain: 3 }], mornings: [], flares: [], shoes: [] }, log$: { v: 1 } };

  it('asks the morning after a session; a worse morning halves today\'s run, at once', async () => {
    await open(THU, RAN_YESTERDAY);
    const before = await runKm();
    fireEvent.click(within(await screen.findByRole('region', { name: /How is your back/ })).getByLabelText('4'));
    fireEvent.click(screen.getByLabelText('Worse'));
    fireEvent.click(within(screen.getByRole('region', { name: /How is your back/ })).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await storedLog())?.mornings).toEqual([{ date: '2026-11-26', pain: 4, compared: 'worse' }]));
    await waitFor(async () => expect(await runKm()).toBe(Math.floor((before / 2) * 10) / 10));
    expect(screen.queryByRole('region', { name: /How is your back/ })).toBeNull();
    expect(screen.getByText(/worse than usual this morning, so today's run is halved/)).toBeTruthy();
  });

  it('"Not today" leaves the plan as it is and does not ask again that day', async () => {
    await open(THU, RAN_YESTERDAY);
    const before = await runKm();
    fireEvent.click(within(await screen.findByRole('region', { name: /How is your back/ })).getByRole('button', { name: 'Not today' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /How is your back/ })).toBeNull());
    await open(THU);
    expect(await runKm()).toBe(before);
    expect(screen.queryByRole('region', { name: /How is your back/ })).toBeNull();
    expect((await storedLog())?.mornings).toEqual([]);
  });

  it('is not asked when nothing was done yesterday', async () => {
    await open(THU, RETURNING);
    await todayCard();
    expect(screen.queryByRole('region', { name: /How is your back/ })).toBeNull();
  });

  it('at 9 or 10: the safety questions again first (emergency signs before all else), then the severe-pain stop, never a plan', async () => {
    await open(THU, RAN_YESTERDAY);
    fireEvent.click(within(await screen.findByRole('region', { name: /How is your back/ })).getByLabelText('9'));
    fireEvent.click(screen.getByLabelText('Same'));
    fireEvent.click(within(screen.getByRole('region', { name: /How is your back/ })).getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { level: 1, name: /safety check/ });
    expect(screen.queryByRole('heading', { name: /^Today,/ })).toBeNull();
    fireEvent.click(screen.getByLabelText('None of these apply to me'));
    fireEvent.click(screen.getByRole('button', { name: /^(Next|Back to my plan)$/ }));
    await screen.findByRole('heading', { name: 'A little about you' });
    fireEvent.click(screen.getByRole('button', { name: /^(Next|Back to my plan|See my plan)$/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your pain is too high to train' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^Today,/ })).toBeNull();
  });

  it('a session logged at pain 7 or more asks the whole safety step again before the next session', async () => {
    await open(WED, RETURNING);
    const card = await todayCard();
    fireEvent.click(within(card).getByRole('button', { name: /^Other… \(Run / }));
    fireEvent.click(within(card).getByLabelText('7'));
    fireEvent.click(within(card).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { level: 1, name: /safety check/ })).toBeTruthy();
    expect((await storedLog())?.sessions).toMatchObject([{ kind: 'run', pain: 7 }]);
  });
});

describe('shoes', () => {
  it('names the pair in use with its distance; each logged run adds to it', async () => {
    await open(WED, { ...RETURNING, log: { sessions: [{ date: '2026-11-24', kind: 'run', done: true, km: 7, pain: 2 }], mornings: [], flares: [], shoes: [] }, log$: { v: 1 } });
    fireEvent.click(await screen.findByRole('button', { name: 'Your shoes' }));
    fireEvent.input(await screen.findByLabelText('Name'), { target: { value: 'Blue trainers' } });
    fireEvent.input(screen.getByLabelText('Distance on them so far (km)'), { target: { value: '420' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(((await fakeBrowser.storage.local.get('log')).log as { shoes: object[] }).shoes).toEqual([{ name: 'Blue trainers', startKm: 420, from: '2026-11-25' }]));
    fireEvent.click(within(await todayCard()).getByRole('button', { name: /^Done, pain \d+ as usual: Run/ }));
    await waitFor(() => expect(state.logEntries.value.sessions).toHaveLength(2));
    fireEvent.click(await screen.findByRole('button', { name: 'Your shoes' }));
    const planned = state.logEntries.value.sessions[1] as { km: number };
    const said = await screen.findByText((_, el) => el?.tagName === 'P' && /running in/.test(el.textContent ?? ''));
    expect(said.textContent).toBe(`You are running in Blue trainers: about ${Math.round(420 + planned.km)} km so far. Each run you log adds to it.`);
  });
});

describe('the emergency questions, again', () => {
  // A week and more into the programme, never asked since the questionnaire.
  const LATER = new Date(2026, 11, 2, 8, 0);

  it('asks once a week; "None of these" carries on and is not asked again for a week', async () => {
    await open(LATER, RETURNING);
    const check = await screen.findByRole('region', { name: 'A quick safety check' });
    expect(within(check).getAllByRole('checkbox')).toHaveLength(3);
    fireEvent.click(within(check).getByRole('button', { name: 'None of these' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'A quick safety check' })).toBeNull());
    expect(state.profile.value.emergencyCheckedOn).toBe('2026-12-02');
    await open(new Date(2026, 11, 8, 8, 0));
    await todayCard();
    expect(screen.queryByRole('region', { name: 'A quick safety check' })).toBeNull();
  });

  it('a yes shows the emergency stop even after a flare was logged and taken back (the step left at 0)', async () => {
    await open(LATER, RETURNING);
    fireEvent.click(await screen.findByRole('button', { name: 'Had a flare? Log it' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    const check = await screen.findByRole('region', { name: 'A quick safety check' });
    expect(state.profile.value.step).toBe(0);
    fireEvent.click(within(check).getByLabelText(/peeing/));
    fireEvent.click(within(check).getByRole('button', { name: 'Yes, I have this' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Get help now|emergency/i })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^Today,/ })).toBeNull();
  });

  it('a yes shows the emergency stop, not the plan', async () => {
    await open(LATER, RETURNING);
    const check = await screen.findByRole('region', { name: 'A quick safety check' });
    fireEvent.click(within(check).getByLabelText(/down both legs/));
    fireEvent.click(within(check).getByRole('button', { name: 'Yes, I have this' }));
    await waitFor(() => expect(state.triage.value.urgency).toBe('emergency'));
    expect(state.stopped.value).toBe(true);
    expect(screen.queryByRole('heading', { name: /^Today,/ })).toBeNull();
  });
});

describe('two weeks with no run logged', () => {
  const week1 = [
    { date: '2026-11-04', kind: 'run', done: true, km: 6, pain: 2 },
    { date: '2026-11-05', kind: 'run', done: true, km: 6, pain: 2 },
    { date: '2026-11-07', kind: 'run', done: true, km: 8, pain: 2 },
  ];
  const QUIET = { ...RETURNING, profile: { ...RETURNING.profile, emergencyCheckedOn: '2026-11-25' }, settings: { ...RETURNING.settings, startDate: '2026-11-02' }, log: { sessions: week1, mornings: [], flares: [], shoes: [] }, log$: { v: 1 } };

  it('asks how far the runner ran last week, and the answer restarts the runs from it', async () => {
    await open(WED, QUIET);
    const card = await screen.findByRole('region', { name: 'How far did you run last week?' });
    fireEvent.input(within(card).getByLabelText('Distance last week (km)'), { target: { value: '9' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'How far did you run last week?' })).toBeNull());
    expect(state.profile.value.distanceAnswer).toEqual({ date: '2026-11-25', km: 9 });
    expect(await screen.findByText(/you ran 9 km last week, so runs restart from there/)).toBeTruthy();
  });
});
