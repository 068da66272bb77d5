import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import { openSheetPage } from '../../lib/platform/open-pages';
import { openChecklists } from '../../lib/platform/side-panel';
import { createAppState } from '../../lib/state/app-state';
import '../../components/theme.css';

const state = createAppState();
void state.load();
render(
  <PopupApp
    state={state}
    platform={{
      openSheet: () => void openSheetPage().then(() => window.close()),
      openChecklists: () => void openChecklists().then(() => window.close()),
      // The panel opens straight from the click; the popup closes only once the session is stored for it.
      continueInPanel: (saved) => openChecklists().then(() => saved).then(() => window.close()),
      // The beep's code loads only when a guided timer first ends.
      beep: () => void import('../../lib/platform/beep').then((m) => m.beep()),
      // A development build changes without a new version number, so it never trusts a stored plan.
      version: import.meta.env.DEV ? `dev ${Date.now()}` : browser.runtime.getManifest().version,
    }}
  />,
  document.getElementById('app')!,
);
