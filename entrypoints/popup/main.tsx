import { effect } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, screenOf } from '../../components/PopupApp';
import { whenFirstScreen } from '../../components/use-screen-heading';
import { openSheetPage } from '../../lib/platform/open-pages';
import { openChecklists } from '../../lib/platform/side-panel';
import { buildId } from '../../lib/platform/build-id';
import { createAppState, type AppState } from '../../lib/state/app-state';
import { createPlanModel, type PlanModel } from '../../lib/state/plan-model';
import { snapshotKey } from '../../lib/state/popup-snapshot';
import { drawn, keepFirstScreen, REPLACED_MARK, rested } from './keep-first-screen';

/** How long after the first screen rests (or storage last changed) tomorrow's is drawn. */
const AHEAD_AFTER_MS = 500;
/** Nothing on a screen drawn out of sight can be pressed: its buttons lead nowhere. */
const NOWHERE = { openSheet: () => {}, openChecklists: () => {}, beep: () => {} };
const requestIdle = (then: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(then, { timeout: 2_000 }) : setTimeout(then));

/**
 * First screens drawn out of sight (draw-ahead.tsx) for a returning runner, once the popup has
 * been quiet for a moment, one drawing at a time: tomorrow's, and after a change made while the
 * popup is open (a run logged) today's again too. The returned function asks for them (`changed`:
 * after a change). A drawing that finds its copy already made from what is stored ends at once.
 */
function drawsAhead(state: AppState): (changed: boolean) => void {
  const parts = { app: (s: AppState, p: PlanModel) => <PopupApp state={s} plan={p} platform={NOWHERE} />, screenOf, copy: drawn, rested };
  let drawing: Promise<unknown> = Promise.resolve();
  let today = false;
  const draw = () => {
    const alsoToday = today;
    today = false;
    drawing = drawing
      .then(async () => {
        if (screenOf(state) !== 'plan') return;
        const { drawTomorrow, redrawToday } = await import('./draw-ahead');
        if (alsoToday) await redrawToday(parts);
        await drawTomorrow(parts);
      })
      .catch(() => undefined);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (changed) => {
    today ||= changed;
    clearTimeout(timer);
    timer = setTimeout(() => requestIdle(draw), AHEAD_AFTER_MS);
  };
}

/**
 * Starts the app in `host`. `painted`: boot.ts painted a snapshot there, so the app draws out of
 * sight and takes its place when ready. `keyBefore`: what storage held before the app read it (boot
 * read it already; undefined: read it now, before the app's own reads).
 */
export function startPopup(host: HTMLElement, { keyBefore, painted }: { keyBefore: string | null | undefined; painted: boolean }) {
  // Marks for the bench's --trace: every static import is fetched and run by now.
  performance.mark('backstride:modules run');
  const before = keyBefore === undefined ? snapshotKey().catch(() => null) : Promise.resolve(keyBefore);
  const state = createAppState();
  const plan = createPlanModel(state, { build: buildId() });
  void state.load().then(() => performance.mark('backstride:profile, settings, log read'));
  const planRead = effect(() => {
    if (plan.status.value !== 'ready') return;
    performance.mark('backstride:plan ready');
    queueMicrotask(() => planRead());
  });
  const root = painted ? document.createElement('div') : host;
  if (painted) {
    root.hidden = true;
    host.after(root);
  }
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
    root,
  );
  performance.mark('backstride:first render');
  const ahead = drawsAhead(state);
  whenFirstScreen(() => {
    // Then again after every change while the popup is open (a run logged after the run).
    browser.storage.onChanged.addListener(() => ahead(true));
    if (!painted) return void keepFirstScreen(root, before, screenOf(state)).then((kept) => kept && ahead(false));
    ahead(false);
    // The app's own screen takes the copy's place, and the heading its focus.
    host.remove();
    root.id = 'app';
    root.hidden = false;
    root.querySelector<HTMLElement>('h1')?.focus();
    performance.mark(REPLACED_MARK);
  });
}
