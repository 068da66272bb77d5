import type { Answers, Day } from '../schemas/answers';
import type { Intervals } from '../schemas/plan';
import { DISTANCE } from '../schemas/thresholds';
import type { PainZone } from './pain-zone';

/** Run/walk steps by dosage step, for a runner starting from (next to) nothing. */
export const RUN_WALK: readonly Intervals[] = [
  { runMinutes: 1, walkMinutes: 1, repeats: 5 },
  { runMinutes: 2, walkMinutes: 1, repeats: 5 },
  { runMinutes: 4, walkMinutes: 1, repeats: 4 },
  { runMinutes: 6, walkMinutes: 1, repeats: 3 },
  { runMinutes: 8, walkMinutes: 1, repeats: 3 },
  { runMinutes: 10, walkMinutes: 1, repeats: 2 },
  { runMinutes: 15, walkMinutes: 1, repeats: 2 },
  { runMinutes: 20, walkMinutes: 1, repeats: 1 },
];

/** Rounds down to 0.1 km, so sums never creep over a cap. */
export const floorTenth = (km: number) => Math.floor(km * 10 + 1e-9) / 10;

/** How the week's distance cap was set: the first rule that applies. */
export type CapRule = 'grow' | 'comeback' | 'overtraining-hold' | 'overtraining-cut' | 'amber-hold' | 'red-cut' | 'pregnancy-hold' | 'from-log' | 'after-flare';

export interface CapInput {
  weeklyKm: number;
  weeklyIncreasePct: number;
  zone: PainZone;
  overtrainingLikely: boolean;
  pregnant: boolean;
  /** Programme week (dosage step), 1 to 8. */
  week: number;
}

/**
 * The week's distance ceiling without a log: the lowest of the rules that apply. Green weeks grow
 * 5 % a week, compounding (the first week 5 % on last week); a comeback (a fall of 50 % or more)
 * holds the first week and fast growth cuts it, then they grow; amber holds; red cuts to 80 %;
 * pregnancy never grows.
 */
export function runCap(input: CapInput): { km: number; rule: CapRule } {
  const base = input.weeklyKm;
  const after = (first: number) => first * DISTANCE.weeklyGrowth ** (input.week - 1);
  const options: { km: number; rule: CapRule }[] = [];
  if (input.zone === 'red') options.push({ km: base * DISTANCE.redCut, rule: 'red-cut' });
  if (input.zone === 'amber') options.push({ km: base, rule: 'amber-hold' });
  if (input.pregnant) options.push({ km: base, rule: 'pregnancy-hold' });
  if (input.weeklyIncreasePct <= DISTANCE.comebackPct) options.push({ km: after(base), rule: 'comeback' });
  if (input.overtrainingLikely) {
    const cut = input.weeklyIncreasePct > DISTANCE.fastGrowthPct;
    options.push(cut ? { km: after(base * DISTANCE.overtrainingCut), rule: 'overtraining-cut' } : { km: after(base), rule: 'overtraining-hold' });
  }
  options.push({ km: after(base * DISTANCE.weeklyGrowth), rule: 'grow' });
  // The first of the lowest wins, so the rule named is the one that set the cap.
  const lowest = options.reduce((best, o) => (o.km < best.km - 1e-9 ? o : best));
  return { km: floorTenth(lowest.km), rule: lowest.rule };
}

/** A standing start (run/walk): no running last week, under 2 km, or no run long enough to reach 1.5 km within the 10 % rule. */
export function isStandingStart(a: Pick<Answers, 'weeklyKm' | 'weeklyIncreasePct' | 'longestRunKm'>): boolean {
  return (
    a.weeklyIncreasePct <= DISTANCE.stoppedPct ||
    a.weeklyKm < DISTANCE.standingStartBelowKm ||
    floorTenth(a.longestRunKm * DISTANCE.singleRunLimit) < DISTANCE.minRunKm
  );
}

/** Share of the week's distance for the long run, by number of runs. */
function longShare(runs: number): number {
  if (runs <= 1) return 1;
  if (runs === 2) return 0.5;
  return runs === 3 ? 0.4 : 0.3;
}

/** Splits a cap over `n` runs: the last is the long one, none past the single-run limit. */
function split(n: number, capKm: number, limit: number): number[] {
  const long = Math.min(limit, floorTenth(capKm * longShare(n)));
  const others = n > 1 ? Math.min(limit, floorTenth((capKm - long) / (n - 1))) : 0;
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? long : others));
}

/** Keeps `n` of the days, spread out, always keeping the last (the long run). */
export function spreadDays(days: readonly Day[], n: number): Day[] {
  if (n >= days.length) return [...days];
  if (n <= 0) return [];
  if (n === 1) return [days[days.length - 1]!];
  const picked = new Set<number>();
  for (let i = 0; i < n; i++) picked.add(Math.round((i * (days.length - 1)) / (n - 1)));
  return days.filter((_, i) => picked.has(i));
}

/**
 * Distances for the run days: the last run of the week is the long one, none past 10 % over the
 * longest recent run, none under 1.5 km: with too little to go round, fewer days run.
 */
export function planDistances(runs: readonly Day[], capKm: number, longestRunKm: number): Map<Day, number> {
  const limit = floorTenth(longestRunKm * DISTANCE.singleRunLimit);
  for (let n = runs.length; n >= 1; n--) {
    const km = split(n, capKm, limit);
    if (km.every((k) => k >= DISTANCE.minRunKm)) {
      const days = spreadDays(runs, n);
      return new Map(days.map((d, i) => [d, km[i]!]));
    }
  }
  return new Map();
}
