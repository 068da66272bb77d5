import { render, type VNode } from 'preact';
import { localIsoDate } from '../../lib/domain/calendar';
import { buildId } from '../../lib/platform/build-id';
import { createAppState, type AppState } from '../../lib/state/app-state';
import { createPlanModel, type PlanModel } from '../../lib/state/plan-model';
import type { ValidatedItem } from '../../lib/state/validated-item';
import type { StoredPlan } from '../../lib/schemas/stored-plan';
import { keepTomorrow, keptTomorrow, snapshotKey } from '../../lib/state/popup-snapshot';

/**
 * The popup's own parts, handed in by its app (main.tsx), which has them loaded already: this
 * module loads after the first screen, for returning runners only, and brings none of them twice.
 */
export interface PopupParts {
  /** The popup app for `state` and `plan`, with nothing wired to the browser. */
  app: (state: AppState, plan: PlanModel) => VNode;
  /** Which screen the app shows for `state`. */
  screenOf: (state: AppState) => string;
  /** A screen's HTML as it looks (keep-first-screen.ts). */
  copy: (root: HTMLElement) => string | null;
}

/**
 * A plan item that keeps nothing: reads as none, and a plan stored into it goes nowhere. The plan
 * drawn ahead for tomorrow must not replace this week's stored plan.
 */
const planItemNotStored = (): ValidatedItem<StoredPlan | null> => ({
  read: async () => ({ value: null, notice: null }),
  update: async (change) => change(null),
  write: async () => {},
  watch: () => () => {},
  dismiss: async () => {},
  flush: () => {},
  failed: () => '',
  locked: () => Promise.reject(new Error('a plan that is not stored has nothing to lock')),
});

/** Marked once tomorrow's first screen is kept (the tests wait for it). */
export const TOMORROW_MARK = 'backstride:tomorrow kept';

/** How long tomorrow's screen must rest before it is copied, and the most to wait for that. */
const QUIET_MS = 250;
const GIVE_UP_MS = 5_000;

/**
 * Resolves true once `root` shows a whole screen (`drawnWhole`: its heading, the plan read) and has
 * not changed for QUIET_MS, as the parts that load late (a card's code) come in; false if it never does.
 */
function rested(root: HTMLElement, drawnWhole: () => boolean): Promise<boolean> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wait = () => {
      clearTimeout(timer);
      timer = setTimeout(() => (drawnWhole() ? done(true) : wait()), QUIET_MS);
    };
    const observer = new MutationObserver(wait);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const giveUp = setTimeout(done, GIVE_UP_MS, false);
    wait();
    function done(ok: boolean) {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(giveUp);
      resolve(ok);
    }
  });
}

/** The same time of day, tomorrow (by the calendar, so a change of clocks does not matter). */
export const tomorrowOf = (now: Date) => new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, now.getHours(), now.getMinutes(), now.getSeconds());

/**
 * Draws tomorrow's first screen out of sight and keeps it, so that tomorrow's first open (the one
 * before a run) paints at once. It is the app itself, given tomorrow's date, drawn into an element
 * that is never in the page: the same code that will draw it tomorrow, from the same stored values.
 * Nothing is written: the plan it builds is not stored, and the copy is kept only if storage held
 * exactly the same before and after. Tomorrow it is painted only if its key still matches (nothing
 * changed meanwhile), like any copy. Only the plan screen is drawn ahead; returns whether it was kept.
 */
export async function drawTomorrow({ app, screenOf, copy }: PopupParts, now = new Date()): Promise<boolean> {
  const tomorrow = tomorrowOf(now);
  const before = await snapshotKey(tomorrow).catch(() => null);
  if (before === null || keptTomorrow()?.key === before) return false;
  const state = createAppState({ now: () => tomorrow });
  const plan = createPlanModel(state, { build: buildId(), item: planItemNotStored() });
  const root = document.createElement('div');
  try {
    await state.load();
    if (screenOf(state) !== 'plan') return false;
    render(app(state, plan), root);
    const whole = () => plan.status.value === 'ready' && root.querySelector('h1') !== null;
    if (!(await rested(root, whole)) || state.notices.value.length > 0) return false;
    const html = copy(root);
    const after = await snapshotKey(tomorrow).catch(() => null);
    if (html === null || after !== before) return false;
    keepTomorrow({ key: after, html, screen: 'plan', day: localIsoDate(tomorrow) });
    performance.mark(TOMORROW_MARK);
    return true;
  } finally {
    render(null, root);
    plan.dispose();
    state.dispose();
  }
}
