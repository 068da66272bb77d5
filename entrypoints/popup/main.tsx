import { effect } from '@preact/signals';
import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { openSheetPage } from '../../lib/platform/open-pages';
import { openChecklists } from '../../lib/platform/side-panel';
import { createAppState } from '../../lib/state/app-state';
import { createPlanModel } from '../../lib/state/plan-model';
import { buildId } from '../../lib/platform/build-id';
import '../../components/theme.css';

// Marks for the bench's --trace: every static import is fetched and run by now.
performance.mark('backstride:modules run');
const state = createAppState();
const plan = createPlanModel(state, { build: buildId() });
void state.load().then(() => performance.mark('backstride:profile, settings, log read'));
const planRead = effect(() => {
  if (plan.status.value !== 'ready') return;
  performance.mark('backstride:plan ready');
  queueMicrotask(() => planRead());
});
render(
  <PopupApp
    state={state}
    plan={plan}
    platform={{
      openSheet: () => void openSheetPage().then(() => window.close()),
      openChecklists: () => void openChecklists().then(() => window.close()),
      // The panel opens straight from the click; the popup closes only once the session is stored for it.
      continueInPanel: (saved) => openChecklists().then(() => saved).then(() => window.close()),
      // The beep's code loads only when a guided timer first ends.
      beep: () => void import('../../lib/platform/beep').then((m) => m.beep()),
    }}
  />,
  document.getElementById('app')!,
);
performance.mark('backstride:first render');
