import { render } from 'preact';
import { SidePanelApp } from '../../components/desk/SidePanelApp';
import { beep } from '../../lib/platform/beep';
import { onBreakDue, snoozeBreak } from '../../lib/platform/breaks';
import { requestNotifications } from '../../lib/platform/side-panel';
import { createAppState } from '../../lib/state/app-state';
import { createDeskState } from '../../lib/state/desk-state';
import '../../components/theme.css';

const app = createAppState();
const desk = createDeskState({ app, requestNotifications, snoozeBreak: () => snoozeBreak() });
void Promise.all([app.load(), desk.load()]);
// Breaks come to the open panel itself (the background then sends no notification).
onBreakDue(desk.announceBreak);
// A new local day starts fresh lists, even with the panel left open overnight.
setInterval(desk.refreshDay, 60_000);
render(<SidePanelApp app={app} desk={desk} startOnBreak={location.hash === '#break'} beep={beep} />, document.getElementById('app')!);
