import { render } from 'preact';
import { SidePanelApp } from '../../components/desk/SidePanelApp';
import { PanelGuided } from '../../components/guided/PanelGuided';
import { beep } from '../../lib/platform/beep';
import { onBreakDue, snoozeBreak } from '../../lib/platform/breaks';
import { requestNotifications } from '../../lib/platform/side-panel';
import { createAppState } from '../../lib/state/app-state';
import { createDeskState } from '../../lib/state/desk-state';
import { createPlanModel } from '../../lib/state/plan-model';
import { buildId } from '../../lib/platform/build-id';
import { createGuidedSession } from '../../lib/state/guided-session';
import './style.css';

const app = createAppState();
const plan = createPlanModel(app, { build: buildId() });
const desk = createDeskState({ app, plan: plan.plan, requestNotifications, snoozeBreak: () => snoozeBreak() });
// A guided session moved here from the popup shows in place of the checklists until it is closed.
const guided = createGuidedSession({ onStepEnd: () => app.settings.peek().sound && beep() });
void Promise.all([app.load(), desk.load(), guided.load()]);
// Breaks come to the open panel itself (the background then sends no notification).
onBreakDue(desk.announceBreak);
// A new local day starts fresh lists, even with the panel left open overnight.
setInterval(desk.refreshDay, 60_000);
render(
  <PanelGuided session={guided} app={app} plan={plan.plan}>
    <SidePanelApp app={app} desk={desk} startOnBreak={location.hash === '#break'} beep={beep} />
  </PanelGuided>,
  document.getElementById('app')!,
);
