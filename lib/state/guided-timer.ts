import { computed, signal, type ReadonlySignal } from '@preact/signals';
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

export interface GuidedTimer {
  index: ReadonlySignal<number>;
  step: ReadonlySignal<GuidedStep | null>;
  next: ReadonlySignal<GuidedStep | null>;
  remaining: ReadonlySignal<number>;
  running: ReadonlySignal<boolean>;
  done: ReadonlySignal<boolean>;
  start: () => void;
  pause: () => void;
  skip: () => void;
  back: () => void;
  stop: () => void;
}

/** A countdown through guided steps: start, pause, skip, back; each step ends by itself and the next begins. */
export function createGuidedTimer(steps: readonly GuidedStep[], { clock = REAL_CLOCK, onStepEnd = () => {} }: { clock?: Clock; onStepEnd?: () => void } = {}): GuidedTimer {
  const index = signal(0);
  const remainingMs = signal((steps[0]?.seconds ?? 0) * 1000);
  const running = signal(false);
  let lastTick = 0;
  let cancel: (() => void) | null = null;

  const goTo = (i: number) => {
    index.value = Math.max(0, Math.min(i, steps.length));
    remainingMs.value = (steps[index.value]?.seconds ?? 0) * 1000;
  };
  const halt = () => {
    cancel?.();
    cancel = null;
    running.value = false;
  };
  const tick = () => {
    const now = clock.now();
    remainingMs.value -= now - lastTick;
    lastTick = now;
    if (remainingMs.value > 0) return;
    onStepEnd();
    goTo(index.value + 1);
    if (index.value >= steps.length) halt();
  };

  return {
    index,
    step: computed(() => steps[index.value] ?? null),
    next: computed(() => steps[index.value + 1] ?? null),
    remaining: computed(() => Math.max(0, Math.ceil(remainingMs.value / 1000))),
    running,
    done: computed(() => index.value >= steps.length),
    start() {
      if (running.value || index.value >= steps.length) return;
      lastTick = clock.now();
      running.value = true;
      cancel = clock.every(250, tick);
    },
    pause: halt,
    skip: () => {
      goTo(index.value + 1);
      if (index.value >= steps.length) halt();
      lastTick = clock.now();
    },
    back: () => {
      goTo(index.value - 1);
      lastTick = clock.now();
    },
    stop: halt,
  };
}
