import { render, type VNode } from 'preact';
import { localIsoDate } from '../../lib/domain/calendar';
import { buildId } from '../../lib/platform/build-id';
import { createAppState, type AppState } from '../../lib/state/app-state';
import { createPlanModel, type PlanModel } from '../../lib/state/plan-model';
import type { ValidatedItem } from '../../lib/state/validated-item';
import type { StoredPlan } from '../../lib/schemas/stored-plan';
import type { RestOptions } from './keep-first-screen';
import { keepSnapshot, keepTomorrow, keptSnapshot, keptTomorrow, snapshotKey, type Snapshot } from '../../lib/state/popup-snapshot';

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
  /** Resolves once a screen has rested (keep-first-screen.ts). */
  rested: (root: HTMLElement, options: RestOptions) => Promise<boolean>;
  /** How long the screen drawn must rest before it is copied (250 ms; tests, whose code is local, need less). */
  quietMs?: number;
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

/** The most to wait for a screen drawn out of sight to rest (it loads code the popup had not needed). */
const GIVE_UP_MS = 5_000;

/** The same time of day, tomorrow (by the calendar, so a change of clocks does not matter). */
export const tomorrowOf = (now: Date) => new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, now.getHours(), now.getMinutes(), now.getSeconds());

/**
 * Draws the first screen the popup would open on at `when` (a time of day, that day) out of sight,
 * and keeps it with `keep` when it differs from `kept`. It is the app itself, given that date, drawn
 * into an element that is never in the page: the same code that will draw it then, from the same
 * stored values. Nothing is written: the plan it builds is not stored, and the copy is kept only if
 * storage held exactly the same before and after. It is painted only if its key still matches when
 * that day's popup opens (nothing changed meanwhile), like any copy. Only the plan screen is drawn
 * this way; returns whether a copy was kept.
 */
async function drawFirstScreen({ app, screenOf, copy, rested, quietMs }: PopupParts, when: Date, kept: Snapshot | null, keep: (s: Snapshot) => void): Promise<boolean> {
  const before = await snapshotKey(when).catch(() => null);
  if (before === null || kept?.key === before) return false;
  const state = createAppState({ now: () => when });
  const plan = createPlanModel(state, { build: buildId(), item: planItemNotStored() });
  const root = document.createElement('div');
  try {
    await state.load();
    if (screenOf(state) !== 'plan') return false;
    render(app(state, plan), root);
    const whole = () => plan.status.value === 'ready' && root.querySelector('h1') !== null;
    if (!(await rested(root, { whole, quietMs, giveUpMs: GIVE_UP_MS })) || state.notices.value.length > 0) return false;
    const html = copy(root);
    const after = await snapshotKey(when).catch(() => null);
    if (html === null || after !== before) return false;
    keep({ key: after, html, screen: 'plan', day: localIsoDate(when) });
    return true;
  } finally {
    render(null, root);
    plan.dispose();
    state.dispose();
  }
}

/**
 * Tomorrow's first screen, drawn ahead, so that tomorrow's first open (the one before a run) paints
 * at once; drawn again whenever what it is made from changes while the popup is open.
 */
export const drawTomorrow = (parts: PopupParts, now = new Date()) => drawFirstScreen(parts, tomorrowOf(now), keptTomorrow(), keepTomorrow);

/**
 * Today's first screen drawn afresh after a change made in the popup (a run logged), which left the
 * copy kept at this open stale: the day's next open then paints at once too.
 */
export const redrawToday = (parts: PopupParts, now = new Date()) => drawFirstScreen(parts, now, keptSnapshot(localIsoDate(now)), keepSnapshot);
