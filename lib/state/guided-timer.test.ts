import { describe, expect, it } from 'vitest';
import { guidedSteps } from '../domain/guided-steps';
import { createGuidedTimer, type Clock, type GuidedSnapshot } from './guided-timer';

/** A clock the test moves by hand, ticking as a page would. */
function fakeClock(start = 1_000_000) {
  let t = start;
  let tick: (() => void) | null = null;
  const clock: Clock = { now: () => t, every: (_, fn) => ((tick = fn), () => (tick = null)) };
  return {
    clock,
    advance: (ms: number) => {
      for (let i = 0; i < ms / 250; i++) {
        t += 250;
        tick?.();
      }
    },
    ticking: () => tick !== null,
  };
}

// A (10 s), then B left (5 s), switch (5 s), B right (5 s): 25 s in all.
const steps = guidedSteps(
  [
    { id: 'a', name: 'A', type: 'static', sets: 1, seconds: 10 },
    { id: 'b', name: 'B', type: 'static', sets: 1, seconds: 5, perSide: true },
  ],
  { restSeconds: 20 },
);
const where = (timer: ReturnType<typeof createGuidedTimer>) => [timer.step.value?.kind, timer.step.value?.item.id, timer.step.value?.side ?? null, timer.remaining.value];

describe('guided timer', () => {
  it('counts down, moves on by itself through the switch, and ends', () => {
    const { clock, advance } = fakeClock();
    let beeps = 0;
    const timer = createGuidedTimer(steps, { clock, onStepEnd: () => beeps++ });
    expect([...where(timer), timer.next.value?.side, timer.left.value]).toEqual(['exercise', 'a', null, 10, 'left', 25]);
    timer.start();
    advance(4000);
    expect([timer.remaining.value, timer.left.value]).toEqual([6, 21]);
    advance(6000);
    expect(where(timer)).toEqual(['exercise', 'b', 'left', 5]);
    advance(5000);
    expect(where(timer)).toEqual(['switch', 'b', 'right', 5]);
    advance(10_000);
    expect([timer.done.value, timer.running.value, beeps]).toEqual([true, false, 4]);
  });

  it('pauses, skips and goes back; a step starts fresh until it has run', () => {
    const { clock, advance } = fakeClock();
    const timer = createGuidedTimer(steps, { clock });
    expect(timer.fresh.value).toBe(true);
    timer.start();
    advance(2000);
    timer.pause();
    expect(timer.fresh.value).toBe(false);
    advance(5000);
    expect(timer.remaining.value).toBe(8);
    timer.skip();
    expect([...where(timer), timer.fresh.value]).toEqual(['exercise', 'b', 'left', 5, true]);
    timer.back();
    expect(where(timer)).toEqual(['exercise', 'a', null, 10]);
  });

  it('reports each change with the time it was true, and nothing while it just ticks', () => {
    const { clock, advance } = fakeClock(5000);
    const saved: GuidedSnapshot[] = [];
    const timer = createGuidedTimer(steps, { clock, onChange: (s) => saved.push(s) });
    timer.start();
    advance(12_000);
    timer.pause();
    timer.skip();
    expect(saved).toEqual([
      { index: 0, remainingMs: 10_000, running: true, at: 5000 },
      { index: 1, remainingMs: 3000, running: false, at: 17_000 },
      { index: 2, remainingMs: 5000, running: false, at: 17_000 },
    ]);
  });
});

describe('a guided timer taken up again after time away', () => {
  it('a running countdown kept going in real time: it resumes where it got to, still running', () => {
    const { clock, advance, ticking } = fakeClock(100_000);
    let beeps = 0;
    // Saved 1 s into A; the page closed; it opens again 16 s later: A's last 9 s, B left's 5 s, 2 s of the switch.
    const timer = createGuidedTimer(steps, { clock, onStepEnd: () => beeps++, from: { index: 0, remainingMs: 9000, running: true, at: 100_000 - 16_000 } });
    expect([...where(timer), timer.running.value, ticking()]).toEqual(['switch', 'b', 'right', 3, true, true]);
    // No beeps for steps that ended while no page was open.
    expect(beeps).toBe(0);
    advance(3000);
    expect(where(timer)).toEqual(['exercise', 'b', 'right', 5]);
  });

  it('a paused one stays paused where it was, however long it waited', () => {
    const { clock, ticking } = fakeClock(10_000_000);
    const timer = createGuidedTimer(steps, { clock, from: { index: 1, remainingMs: 2500, running: false, at: 10_000 } });
    expect([...where(timer), timer.running.value, timer.fresh.value, ticking()]).toEqual(['exercise', 'b', 'left', 3, false, false, false]);
  });

  it('one that ran out while away is done', () => {
    const { clock } = fakeClock(1_000_000);
    const timer = createGuidedTimer(steps, { clock, from: { index: 0, remainingMs: 10_000, running: true, at: 1_000_000 - 60_000 } });
    expect([timer.done.value, timer.running.value]).toEqual([true, false]);
  });

  it('keeps a bad saved position inside the session', () => {
    const { clock } = fakeClock(50_000);
    const timer = createGuidedTimer(steps, { clock, from: { index: 99, remainingMs: 1, running: false, at: 50_000 } });
    expect(timer.done.value).toBe(true);
    const again = createGuidedTimer(steps, { clock, from: { index: 1, remainingMs: 999_999, running: false, at: 50_000 } });
    expect([...where(again), again.fresh.value]).toEqual(['exercise', 'b', 'left', 5, true]);
  });

  it('follows a change made on another page', () => {
    const { clock, advance } = fakeClock(0);
    const timer = createGuidedTimer(steps, { clock });
    timer.start();
    advance(1000);
    timer.adopt({ index: 3, remainingMs: 4000, running: false, at: 0 });
    expect([...where(timer), timer.running.value]).toEqual(['exercise', 'b', 'right', 4, false]);
  });
});
