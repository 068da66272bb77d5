/** Where a guided countdown stands: which step, how long that step has left, and whether it runs. */
export interface GuidedPosition {
  index: number;
  remainingMs: number;
  running: boolean;
}

/**
 * Where a countdown through steps of these lengths stands `elapsedMs` later. A running one carries on
 * through the steps as if it had been watched (a step that ends starts the next at once); at the end
 * it stops. A paused one stays put. `ended` counts the steps that ended on the way.
 */
export function advanceGuided(seconds: readonly number[], from: GuidedPosition, elapsedMs: number): GuidedPosition & { ended: number } {
  let { index, remainingMs } = from;
  if (!from.running || elapsedMs <= 0) return { ...from, ended: 0 };
  let left = elapsedMs;
  let ended = 0;
  while (index < seconds.length && left >= remainingMs) {
    left -= remainingMs;
    ended++;
    index++;
    remainingMs = (seconds[index] ?? 0) * 1000;
  }
  if (index >= seconds.length) return { index: seconds.length, remainingMs: 0, running: false, ended };
  return { index, remainingMs: remainingMs - left, running: true, ended };
}
