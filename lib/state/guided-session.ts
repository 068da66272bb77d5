import { effect, signal, type ReadonlySignal } from '@preact/signals';
import * as z from 'zod/mini';
import type { GuidedStep } from '../domain/guided-steps';
import { GuidedProgressSchema, type GuidedKind, type GuidedPlace, type GuidedProgress } from '../schemas/guided-progress';
import type { PlanItem } from '../schemas/plan';
import type { RestSeconds } from '../schemas/settings';
import { GUIDED_KEEP_MS, GUIDED_KEY } from './guided-in-progress';
import { timelineOf } from './guided-timeline';
import { createGuidedTimer, REAL_CLOCK, type Clock, type GuidedTimer } from './guided-timer';
import { defineValidatedItem, type ValidatedItem } from './validated-item';

/** One session being guided: what it is, its timeline and its countdown. */
export interface GuidedRun {
  kind: GuidedKind;
  /** The day whose session it is (YYYY-MM-DD); null for one begun before days were kept. */
  date: string | null;
  items: readonly PlanItem[];
  restSeconds: RestSeconds;
  steps: readonly GuidedStep[];
  timer: GuidedTimer;
}

export interface GuidedSession {
  loaded: ReadonlySignal<boolean>;
  /** The session in progress (or just finished, until closed); null when there is none. */
  run: ReadonlySignal<GuidedRun | null>;
  place: ReadonlySignal<GuidedPlace>;
  /** Why a stored session could not be picked up. */
  notice: ReadonlySignal<string | null>;
  /** Reads the session in progress, caught up to now, and follows changes made on other pages. */
  load: () => Promise<void>;
  /** Begins a session of `kind` for the plan's day `date` (YYYY-MM-DD). */
  begin: (kind: GuidedKind, items: readonly PlanItem[], restSeconds: RestSeconds, date: string) => Promise<void>;
  /** Where it shows next: the side panel picks it up from storage. */
  moveTo: (place: GuidedPlace) => Promise<void>;
  /** Closes the session: nothing is left to resume. */
  end: () => Promise<void>;
  dispose: () => void;
}

export const defineGuidedItem = (): ValidatedItem<GuidedProgress | null> =>
  defineValidatedItem({ key: GUIDED_KEY, schema: z.nullable(GuidedProgressSchema), fallback: null, label: 'your session in progress', version: 1 });

export const UNREADABLE_SESSION = 'We could not pick up your last guided session. Start it again from today’s plan whenever you like.';

export interface GuidedSessionOptions {
  item?: ValidatedItem<GuidedProgress | null>;
  clock?: Clock;
  /** A step ran out: the beep, if the runner wants it. */
  onStepEnd?: () => void;
}

/**
 * A guided session that outlives the page showing it: every start, pause, skip and step back is
 * saved with the time, so a page opened later (the popup again, or the side panel) takes it up
 * where it got to, a running countdown having carried on in real time meanwhile.
 */
export function createGuidedSession({ item = defineGuidedItem(), clock = REAL_CLOCK, onStepEnd }: GuidedSessionOptions = {}): GuidedSession {
  const loaded = signal(false);
  const run = signal<GuidedRun | null>(null);
  const place = signal<GuidedPlace>('popup');
  const notice = signal<string | null>(null);
  /** What the session in progress is; where it stands comes from its timer. */
  let base: Pick<GuidedProgress, 'kind' | 'date' | 'begun' | 'items' | 'restSeconds'> | null = null;
  let unwatch = () => {};
  let stopDone = () => {};

  const save = (progress: GuidedProgress | null) => item.write(progress).catch(() => {});
  const drop = () => {
    base = null;
    stopDone();
    run.peek()?.timer.stop();
    run.value = null;
  };
  /** Shows `p`: the same session moves to where it is now; another one replaces this one. */
  const show = (p: GuidedProgress) => {
    place.value = p.place;
    const current = run.peek();
    if (current && p.begun === base?.begun) return current.timer.adopt(p);
    drop();
    const kept = (base = { kind: p.kind, ...(p.date ? { date: p.date } : {}), begun: p.begun, items: p.items, restSeconds: p.restSeconds });
    const steps = timelineOf(p.items, p.restSeconds);
    const timer = createGuidedTimer(steps, { clock, onStepEnd, from: p, onChange: (s) => void save({ ...kept, place: place.peek(), ...s }) });
    run.value = { kind: p.kind, date: p.date ?? null, items: p.items, restSeconds: p.restSeconds, steps, timer };
    // A finished session is shown as done here but no longer kept: the next open shows the plan.
    stopDone = effect(() => {
      if (timer.done.value) void save(null);
    });
  };
  const take = (p: GuidedProgress | null) => {
    if (p && clock.now() - p.at <= GUIDED_KEEP_MS) return show(p);
    // Gone (closed on another page, or finished there): a finished one stays on screen until closed.
    if (!run.peek()?.timer.done.peek()) drop();
    if (p) void save(null);
  };

  return {
    loaded,
    run,
    place,
    notice,
    async load() {
      const read = await item.read();
      if (read.notice) {
        notice.value = UNREADABLE_SESSION;
        void save(null);
      }
      take(read.value);
      loaded.value = true;
      unwatch = item.watch((r) => (r.notice ? (notice.value = UNREADABLE_SESSION) : take(r.value)));
    },
    async begin(kind, items, restSeconds, date) {
      const now = clock.now();
      const fresh: GuidedProgress = { kind, date, begun: now, items: [...items], restSeconds, place: place.peek(), index: 0, remainingMs: (timelineOf(items, restSeconds)[0]?.seconds ?? 0) * 1000, running: false, at: now };
      show(fresh);
      loaded.value = true;
      await save(fresh);
    },
    async moveTo(to) {
      const current = run.peek();
      place.value = to;
      // Written as of now, so the page that takes it up counts from here.
      if (current && base) await save({ ...base, place: to, ...current.timer.snapshot() });
    },
    async end() {
      drop();
      await save(null);
    },
    dispose: () => {
      unwatch();
      drop();
    },
  };
}
