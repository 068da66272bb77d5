// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { GuidedProgress } from '../../lib/schemas/guided-progress';
import { createAppState, type AppState } from '../../lib/state/app-state';
import { createGuidedSession, type GuidedSession } from '../../lib/state/guided-session';
import { PanelGuided } from './PanelGuided';

const at = Date.now();
const COOL_DOWN: GuidedProgress = {
  kind: 'cool-down', begun: at, items: [{ id: 'childs-pose', name: "Child's pose", type: 'static', sets: 2, seconds: 30 }],
  restSeconds: 20, place: 'panel', index: 1, remainingMs: 12_000, running: false, at,
};
let app: AppState;
let session: GuidedSession;

async function mount(stored: object) {
  await fakeBrowser.storage.local.set(stored);
  app = createAppState();
  session = createGuidedSession();
  await Promise.all([app.load(), session.load()]);
  render(
    <PanelGuided session={session} app={app}>
      <h1>At your desk</h1>
    </PanelGuided>,
  );
  await screen.findByRole('heading', { level: 1 });
}

beforeEach(() => fakeBrowser.reset());
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
});
