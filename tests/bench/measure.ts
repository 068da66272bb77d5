import { performance } from 'node:perf_hooks';

/** Median wall time of `fn` in milliseconds, after a warm-up. */
export async function medianMs(fn: () => unknown, { warmUp = 20, samples = 200 } = {}): Promise<number> {
  for (let i = 0; i < warmUp; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Rounds a figure for the report: three significant decimals at most. */
export const roundFigure = (n: number) => Math.round(n * 1000) / 1000;
