// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { GuidedProgress } from '../../lib/schemas/guided-progress';
import { createAppState, type AppState } from '../../lib/state/app-state';
import { createGuidedSession, type GuidedSession } from '../../lib/state/guided-session';
import { testPlanModel } from '../../tests/support/test-plan-model';
import { PanelGuided } from './PanelGuided';

const at = Date.now();
const COOL_DOWN: GuidedProgress = {
  kind: 'cool-down', begun: at, items: [{ id: 'childs-pose', name: "Child's pose", type: 'static', sets: 2, seconds: 30 }],
  restSeconds: 20, place: 'panel', index: 1, remainingMs: 12_000, running: false, at,
};
let app: AppState;
let session: GuidedSession;

async function mount(stored: object, now = () => new Date()) {
  await fakeBrowser.storage.local.set(stored);
  app = createAppState({ now });
  session = createGuidedSession();
  await Promise.all([app.load(), session.load()]);
  render(
    <PanelGuided session={session} app={app} plan={testPlanModel(app).plan}>
      <h1>At your desk</h1>
    </PanelGuided>,
  );
  await screen.findByRole('heading', { level: 1 });
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());
afterEach(() => {
  cleanup();
  session?.dispose();
  app?.dispose();
});

describe('the side panel with a guided session', () => {
  it('shows a session moved here, where it was, in place of the checklists', async () => {
    await mount({ guidedSession: COOL_DOWN });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Cool-down');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe("Child's pose");
    expect(screen.getByRole('timer').textContent).toBe('0:12');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
  });

  it('shows the checklists for a session still in the popup', async () => {
    await mount({ guidedSession: { ...COOL_DOWN, place: 'popup' } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('At your desk');
  });

  it('shows no exercise under a safety stop', async () => {
    await mount({ guidedSession: COOL_DOWN, profile: { answers: { redFlags: ['saddle-numbness'] }, safetyAnswered: true, step: 1, done: false }, profile$: { v: 2 } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('At your desk');
  });

  describe('says how it went at the end, like the popup', () => {
    // Thursday 26 November 2026, a run day of a programme begun on Monday; the cool-down after the run, finished.
    const THU = new Date(2026, 10, 26, 19, 0);
    const RUNNER = {
      profile: { answers: { runDays: ['wed', 'thu', 'sat'], painLevel: 3, weeklyKm: 20, longestRunKm: 8 }, safetyAnswered: true, step: 7, done: true },
      profile$: { v: 2 },
      settings: { units: 'km', paper: 'a4', startDate: '2026-11-23', sound: false, restSeconds: 20 },
      settings$: { v: 3 },
    };
    // Running when last kept, ten minutes ago: it has run to its end since.
    const finished = (date?: string) => ({ ...COOL_DOWN, ...(date ? { date } : {}), begun: THU.getTime() - 11 * 60_000, at: THU.getTime() - 10 * 60_000, running: true });

    it("logs the day's run from the all-done card", async () => {
      vi.useFakeTimers({ toFake: ['Date'], now: THU });
      await mount({ ...RUNNER, guidedSession: finished('2026-11-26') }, () => THU);
      const button = await screen.findByRole('button', { name: /^Done, pain 3 as usual: Run .* as planned$/ });
      fireEvent.click(button);
      await waitFor(async () => expect((await fakeBrowser.storage.local.get('log')).log).toMatchObject({ sessions: [{ date: '2026-11-26', kind: 'run', done: true, pain: 3 }] }));
    });

    it('asks nothing for a session kept without its day, or of a day still to come', async () => {
      vi.useFakeTimers({ toFake: ['Date'], now: THU });
      for (const date of [undefined, '2026-11-28']) {
        cleanup();
        session?.dispose();
        app?.dispose();
        await mount({ ...RUNNER, guidedSession: finished(date) }, () => THU);
        expect(await screen.findByText(/all done/i)).toBeTruthy();
        expect(screen.queryByRole('button', { name: /as usual/ })).toBeNull();
      }
    });
  });
});
