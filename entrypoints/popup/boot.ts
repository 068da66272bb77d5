import './style.css';
import { localIsoDate } from '../../lib/domain/calendar';
import { keptSnapshot, paintSnapshot } from '../../lib/state/popup-snapshot';

// The popup's entry: paints the first screen as it last looked, when that is still exactly what the
// app would draw (see popup-snapshot.ts), and only then loads the app, which takes over when ready.
performance.mark('backstride:boot run');
const host = document.getElementById('app')!;
const today = localIsoDate(new Date());
/** The copy kept at the last open, or the one drawn ahead for today. */
const kept = keptSnapshot(today);
const start = (keyBefore: string | null | undefined, painted: boolean) =>
  void import('./main').then((app) => app.startPopup(host, { keyBefore, painted }));
/** A copy kept on another day cannot match (the day is in its key): no need to read storage to know. */
const newDay = kept?.day !== undefined && kept.day !== today;
/**
 * Drawing afresh: the screen shown first last time starts loading now, beside the app, not after it;
 * on a new day so does the code that builds the plan, since the plan stored was built for another day.
 */
const startDrawing = (keyBefore: string | null | undefined) => {
  // The app first: its requests go out ahead of the others'.
  start(keyBefore, false);
  if (kept?.screen === 'plan') void import('../../components/plan/PlanScreen');
  if (kept?.screen === 'plan' && newDay) void import('../../lib/state/plan-pipeline');
  if (kept?.screen === 'questions') void import('../../components/questions/Questionnaire');
};

function afterHeadingPaint(then: () => void) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    then();
  };
  const observer = typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('element') ? new PerformanceObserver(once) : null;
  observer?.observe({ type: 'element', buffered: true });
  // Browsers without Element Timing (Firefox): after the next frame.
  if (observer) setTimeout(once, 200);
  else requestAnimationFrame(() => setTimeout(once));
}

if (!kept || kept.key === null || newDay) startDrawing(undefined);
else {
  const { key, painted } = await paintSnapshot(host, kept);
  // The app's code is fetched once the copy's heading has painted (or 200 ms on, whichever is first):
  // the first paint waits for nothing else.
  if (painted) afterHeadingPaint(() => start(key, true));
  else startDrawing(key);
}
