// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAppState, type AppState } from '../lib/state/app-state';
import { testPlanModel } from '../tests/support/test-plan-model';
import { PopupApp } from './PopupApp';
import { PRIVACY_PATH } from './PrivacyLink';

const platform = { openSheet: () => {}, openChecklists: () => {}, beep: () => {}, version: '1.0.0' };
let state: AppState;

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  state?.dispose();
});

describe('the privacy statement', () => {
  it('is linked from Settings, beside deleting all data, and opens the packaged copy in a tab of its own', async () => {
    await fakeBrowser.storage.local.set({ profile: { answers: {}, safetyAnswered: true, step: 7, done: true }, profile$: { v: 2 } });
    state = createAppState({ now: () => new Date(2026, 10, 26, 8, 0) });
    await state.load();
    render(<PopupApp state={state} plan={testPlanModel(state, '1.0.0')} platform={platform} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    const link = await screen.findByRole('link', { name: 'Privacy statement' });
    expect(link.getAttribute('href')).toBe(PRIVACY_PATH);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.closest('section')?.querySelector('h2')?.textContent).toBe('Your data');
    // Settings loads its export and import part on its own: let it arrive before the test ends.
    expect(await screen.findByRole('button', { name: 'Export my data' })).toBeTruthy();
  });
});
