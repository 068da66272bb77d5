import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { advanceGuided, type GuidedPosition } from '../domain/advance-guided';
import type { GuidedStep } from '../domain/guided-steps';

export interface Clock {
  now: () => number;
  every: (ms: number, tick: () => void) => () => void;
}

export const REAL_CLOCK: Clock = {
  now: () => Date.now(),
  every: (ms, tick) => {
    const id = setInterval(tick, ms);
    return () => clearInterval(id);
  },
};

/** A position and when it was true (ms since the epoch): a running countdown has moved on since. */
export interface GuidedSnapshot extends GuidedPosition {
  at: number;
}

export interface GuidedTimer {
  index: ReadonlySignal<number>;
  step: ReadonlySignal<GuidedStep | null>;
  next: ReadonlySignal<GuidedStep | null>;
  /** Seconds left in this step. */
  remaining: ReadonlySignal<number>;
  /** Seconds left in the whole session. */
  left: ReadonlySignal<number>;
  running: ReadonlySignal<boolean>;
  /** This step has not run at all yet: it starts, rather than resumes. */
  fresh: ReadonlySignal<boolean>;
  done: ReadonlySignal<boolean>;
  start: () => void;
  pause: () => void;
  skip: () => void;
  back: () => void;
  /** Takes up a position saved elsewhere, moved on by the time since it was saved. */
  adopt: (snapshot: GuidedSnapshot) => void;
  /** Where it stands now, to save. */
  snapshot: () => GuidedSnapshot;
  /** Stops the ticking for good (the page goes away); saves nothing. */
  stop: () => void;
}

export interface GuidedTimerOptions {
  clock?: Clock;
  /** A step ran out (not skipped): once a tick, however many ended. */
  onStepEnd?: () => void;
  /** The runner started, paused, skipped or went back: where things stand now, to save. */
  onChange?: (snapshot: GuidedSnapshot) => void;
  /** Where to begin, instead of the first step paused: a saved position, caught up to now. */
  from?: GuidedSnapshot;
}

/** A countdown through guided steps: start, pause, skip, back; each step ends by itself and the next begins. */
export function createGuidedTimer(steps: readonly GuidedStep[], { clock = REAL_CLOCK, onStepEnd = () => {}, onChange = () => {}, from }: GuidedTimerOptions = {}): GuidedTimer {
  const seconds = steps.map((s) => s.seconds);
  const full = (i: number) => (seconds[i] ?? 0) * 1000;
  const index = signal(0);
  const remainingMs = signal(full(0));
  const running = signal(false);
  let lastTick = clock.now();
  let cancel: (() => void) | null = null;
  let stopped = false;

  const position = (): GuidedPosition => ({ index: index.peek(), remainingMs: remainingMs.peek(), running: running.peek() });
  const set = (p: GuidedPosition) => {
    batch(() => {
      index.value = p.index;
      remainingMs.value = p.remainingMs;
      running.value = p.running && p.index < steps.length;
    });
    // Ticks only while running.
    if (running.peek() && !cancel && !stopped) cancel = clock.every(250, tick);
    if (!running.peek() && cancel) (cancel(), (cancel = null));
  };
  /** Brings the position up to now. */
  function tick() {
    const now = clock.now();
    const moved = advanceGuided(seconds, position(), now - lastTick);
    lastTick = now;
    set(moved);
    if (moved.ended > 0) onStepEnd();
  }
  const act = (change: (p: GuidedPosition) => GuidedPosition) => {
    tick();
    set(change(position()));
    onChange({ ...position(), at: lastTick });
  };
  const goTo = (p: GuidedPosition, i: number): GuidedPosition => {
    const to = Math.max(0, Math.min(i, steps.length));
    return { index: to, remainingMs: full(to), running: p.running };
  };
  const adopt = (s: GuidedSnapshot) => {
    const to = Math.max(0, Math.min(Math.trunc(s.index), steps.length));
    const saved = { index: to, remainingMs: Math.max(0, Math.min(s.remainingMs, full(to))), running: s.running };
    lastTick = clock.now();
    // A clock that went back counts as no time away.
    set(advanceGuided(seconds, saved, lastTick - s.at));
  };
  if (from) adopt(from);

  return {
    index,
    step: computed(() => steps[index.value] ?? null),
    next: computed(() => steps[index.value + 1] ?? null),
    remaining: computed(() => Math.max(0, Math.ceil(remainingMs.value / 1000))),
    left: computed(() => Math.ceil(remainingMs.value / 1000) + seconds.slice(index.value + 1).reduce((a, b) => a + b, 0)),
    running,
    fresh: computed(() => index.value < steps.length && remainingMs.value >= full(index.value)),
    done: computed(() => index.value >= steps.length),
    start: () => !running.peek() && index.peek() < steps.length && act((p) => ({ ...p, running: true })),
    pause: () => running.peek() && act((p) => ({ ...p, running: false })),
    skip: () => act((p) => goTo(p, p.index + 1)),
    back: () => act((p) => goTo(p, p.index - 1)),
    adopt,
    snapshot: () => (tick(), { ...position(), at: lastTick }),
    stop: () => {
      stopped = true;
      cancel?.();
      cancel = null;
    },
  };
}
