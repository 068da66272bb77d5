import { describe, expect, it } from 'vitest';
import { guidedSteps } from '../domain/guided-steps';
import { createGuidedTimer, type Clock } from './guided-timer';

/** A clock the test moves by hand. */
function fakeClock() {
  let t = 0;
  let tick: (() => void) | null = null;
  const clock: Clock = { now: () => t, every: (_, fn) => ((tick = fn), () => (tick = null)) };
  return { clock, advance: (ms: number) => { for (let i = 0; i < ms / 250; i++) { t += 250; tick?.(); } } };
}

const steps = guidedSteps([
  { id: 'a', name: 'A', type: 'static', sets: 1, seconds: 10 },
  { id: 'b', name: 'B', type: 'static', sets: 1, seconds: 5, perSide: true },
]);

describe('guided timer', () => {
  it('counts down, moves on by itself, and ends', () => {
    const { clock, advance } = fakeClock();
    let beeps = 0;
    const timer = createGuidedTimer(steps, { clock, onStepEnd: () => beeps++ });
    expect([timer.step.value?.item.id, timer.remaining.value, timer.next.value?.side]).toEqual(['a', 10, 'left']);
    timer.start();
    advance(4000);
    expect(timer.remaining.value).toBe(6);
    advance(6000);
    expect([timer.step.value?.item.id, timer.step.value?.side, timer.remaining.value]).toEqual(['b', 'left', 5]);
    advance(10_000);
    expect(timer.done.value).toBe(true);
    expect(timer.running.value).toBe(false);
    expect(beeps).toBe(3);
  });

  it('pauses, skips and goes back', () => {
    const { clock, advance } = fakeClock();
    const timer = createGuidedTimer(steps, { clock });
    timer.start();
    advance(2000);
    timer.pause();
    advance(5000);
    expect(timer.remaining.value).toBe(8);
    timer.skip();
    expect([timer.step.value?.side, timer.remaining.value]).toEqual(['left', 5]);
    timer.back();
    expect(timer.step.value?.item.id).toBe('a');
    expect(timer.remaining.value).toBe(10);
  });
});
