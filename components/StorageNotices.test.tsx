// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAppState, type AppState } from '../lib/state/app-state';
import { testPlanModel } from '../tests/support/test-plan-model';
import { createDeskState, type DeskState } from '../lib/state/desk-state';
import { SidePanelApp } from './desk/SidePanelApp';
import { SheetPage } from './SheetPage';

const now = () => new Date(2026, 10, 26, 10, 0);
let app: AppState;
let desk: DeskState | undefined;

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  app?.dispose();
  desk?.dispose();
  desk = undefined;
});

describe('storage notices on every page that reads the item', () => {
  it('the sheet page says the profile could not be read, not that there is no plan yet', async () => {
    await fakeBrowser.storage.local.set({ profile: { answers: { painLevel: 4 }, safetyAnswered: 'yes', step: 5, done: 'maybe' }, profile$: { v: 2 } });
    app = createAppState({ now });
    await app.load();
    render(<SheetPage state={app} model={testPlanModel(app, 'test')} />);
    await screen.findByRole('heading', { name: 'Your printable week' });
    expect(screen.getByRole('status').textContent).toMatch(/could not read all of your saved answers/);
    expect(screen.queryByText(/no plan to print yet/)).toBeNull();
    expect(screen.getByText(/see the note above/)).toBeTruthy();
  });

  it('the side panel shows notices for the answers and settings it reads, and OK puts the originals away', async () => {
    await fakeBrowser.storage.local.set({ settings: { units: 'mi', paper: 'a4', startDate: '2026-13-45', sound: false }, settings$: { v: 2 } });
    app = createAppState({ now });
    desk = createDeskState({ app, plan: testPlanModel(app, 'test').plan, now, requestNotifications: async () => true, snoozeBreak: async () => {} });
    await Promise.all([app.load(), desk.load()]);
    render(<SidePanelApp app={app} desk={desk} startOnBreak={false} beep={() => {}} />);
    await screen.findByRole('heading', { name: 'At your desk' });
    expect(screen.getByRole('status').textContent).toMatch(/could not read all of your settings/);
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('status')).toBeNull();
    await waitFor(async () => expect(await fakeBrowser.storage.local.get('settingsBackup')).toEqual({}));
  });
});
