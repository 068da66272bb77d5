import { render } from 'preact';
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
      // The beep's code loads only when a guided timer first ends.
      beep: () => void import('../../lib/platform/beep').then((m) => m.beep()),
    }}
  />,
  document.getElementById('app')!,
);
