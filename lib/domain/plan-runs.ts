import type { Day } from '../schemas/answers';
import type { Intervals } from '../schemas/plan';

/** Weekly growth allowed when overtraining is not likely (5 %). */
export const WEEKLY_GROWTH = 1.05;
/** When distance has grown fast (over 10 % a week) the week is cut by this much. */
export const OVERTRAINING_CUT = 0.9;
/** No single run more than 10 % longer than the longest of the last 30 days. */
export const SINGLE_RUN_LIMIT = 1.1;

/** Below either figure the runner starts from (next to) nothing: runs become run/walk sessions. */
export const RUN_WALK_BELOW = { weeklyKm: 2, longestRunKm: 1 } as const;

/** Run/walk steps by programme week, for a runner starting from nothing. */
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

/** The week's distance ceiling: grow 5 %, hold when overtraining is likely, cut when growth has been steep. */
export function runCap(weeklyKm: number, overtrainingLikely: boolean, weeklyIncreasePct: number): number {
  if (!overtrainingLikely) return floorTenth(weeklyKm * WEEKLY_GROWTH);
  return floorTenth(weeklyIncreasePct > 10 ? weeklyKm * OVERTRAINING_CUT : weeklyKm);
}

/** Share of the week's distance for the long run, by number of runs. */
function longShare(runs: number): number {
  if (runs <= 1) return 1;
  if (runs === 2) return 0.5;
  return runs === 3 ? 0.4 : 0.3;
}

/** Splits the cap over the run days: the last run of the week is the long one, none past the single-run limit. */
export function splitDistance(runs: readonly Day[], capKm: number, longestRunKm: number): Map<Day, number> {
  const limit = floorTenth(longestRunKm * SINGLE_RUN_LIMIT);
  const km = new Map<Day, number>();
  if (runs.length === 0) return km;
  const long = Math.min(limit, floorTenth(capKm * longShare(runs.length)));
  const others = runs.length > 1 ? Math.min(limit, floorTenth((capKm - long) / (runs.length - 1))) : 0;
  runs.forEach((day, i) => km.set(day, i === runs.length - 1 ? long : others));
  return km;
}
