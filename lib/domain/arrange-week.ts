import { DAYS, type Day } from '../schemas/answers';
import { areAdjacent, inWeekOrder, nextDay } from './week-days';

/** Which day gets what: the skeleton of the week before any exercise is chosen. */
export interface WeekLayout {
  runs: Day[];
  rest: Day;
  strength: Day[];
  /** Days free for cross-training: neither a run nor the rest day. */
  crossTraining: Day[];
  /** A daily runner's day turned into the rest day, if any. */
  restAdded: Day | null;
  /** Run days dropped to keep run/walk sessions 48 h apart. */
  spacedOut: Day[];
}

export interface LayoutInput {
  runDays: readonly Day[];
  /** Runs pause this week (severe pain): run days become cross-training. */
  pauseRuns: boolean;
  /** Run/walk sessions need 48 h between them. */
  runWalk: boolean;
  strengthDays: 2 | 3;
}

/** Keeps run days at least 48 h apart, Sunday to Monday included. */
function spaceOut(days: readonly Day[]): Day[] {
  const kept: Day[] = [];
  for (const day of days) {
    if (kept.some((k) => areAdjacent(k, day))) continue;
    kept.push(day);
  }
  return kept;
}

/** The rest day: the first free day after the last run (a recovery day), else Sunday's first free day. */
function chooseRest(runs: readonly Day[], preferFree: readonly Day[]): Day {
  let day: Day = runs.length > 0 ? nextDay(runs[runs.length - 1]!) : 'sun';
  for (let i = 0; i < 7; i++, day = nextDay(day)) if (preferFree.includes(day)) return day;
  return day;
}

/** Every way to pick `k` days with no two side by side (Sunday and Monday count), excluding `rest`. */
function strengthCandidates(k: number, rest: Day): Day[][] {
  const sets: Day[][] = [];
  for (let mask = 0; mask < 1 << 7; mask++) {
    const days = DAYS.filter((_, i) => mask & (1 << i));
    if (days.length !== k || days.includes(rest)) continue;
    if (days.some((d) => days.includes(nextDay(d)))) continue;
    sets.push(days);
  }
  return sets;
}

/** Strength days: non-consecutive, never the rest day, on non-run days where possible. */
function chooseStrength(k: number, rest: Day, runs: readonly Day[]): Day[] {
  let best: Day[] = [];
  let bestScore = -1;
  for (const days of strengthCandidates(k, rest)) {
    const score = days.filter((d) => !runs.includes(d)).length;
    if (score > bestScore) [best, bestScore] = [days, score];
  }
  return best;
}

/** Lays out the week: runs, one full rest day, strength days and cross-training days. */
export function arrangeWeek(input: LayoutInput): WeekLayout {
  const wanted = inWeekOrder(input.runDays);
  let runs = input.pauseRuns ? [] : wanted;
  let restAdded: Day | null = null;
  let spacedOut: Day[] = [];
  if (runs.length === 7) {
    runs = runs.filter((d) => d !== 'mon');
    restAdded = 'mon';
  }
  if (input.runWalk) {
    const spaced = spaceOut(runs);
    spacedOut = runs.filter((d) => !spaced.includes(d));
    runs = spaced;
  }
  const free = DAYS.filter((d) => !wanted.includes(d));
  const rest = restAdded ?? chooseRest(runs, free.length > 0 ? free : DAYS.filter((d) => !runs.includes(d)));
  const strength = chooseStrength(input.strengthDays, rest, runs);
  const crossTraining = DAYS.filter((d) => d !== rest && !runs.includes(d));
  return { runs, rest, strength, crossTraining, restAdded, spacedOut };
}
