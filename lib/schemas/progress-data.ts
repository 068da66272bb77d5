import type { Answers } from './answers';
import type { Values } from './plan-data';

// Where the programme stands, as the log decides it week by week (lib/domain/programme-progress.ts).

/** The load the log decided for a week (programme-progress.ts), in place of the answers' rules. */
export interface LoadFromLog {
  /** The week's run cap from what was run; null: no runs. */
  capKm: number | null;
  runWalk: boolean;
  /** The programme ended (two pause weeks or two drops in a row): no runs. */
  ended: boolean;
  /** After step 8: strength twice a week. */
  maintenance: boolean;
  /** A flare this week: the cap is the red zone's share of the one the week had. */
  flare?: boolean;
}

/** The step decision at the start of a programme week (brief: "Weekly step decision"). */
export type Decision = 'start' | 'advance' | 'hold' | 'drop';

export interface ProgressReason {
  id: 'pain-severe' | 'pain-high' | 'pain-moderate' | 'mornings-worse' | 'morning-worse' | 'flare' | 'sessions-missed' | 'mornings-rising' | 'no-runs-logged' | 'short-week' | 'not-improving' | 'all-well' | 'ask-distance' | 'distance-answered';
  values: Values;
}

/** Where the programme stands this week, decided from the log. */
export interface Progress {
  /** Calendar week of the programme, 1 on the start's week. */
  calendarWeek: number;
  /** The dosage step, 1 to 8. */
  step: number;
  decision: Decision;
  reasons: ProgressReason[];
  notImproving: boolean;
  /** Median morning pain per calendar week so far (null with fewer than 3 mornings). */
  weeklyPain: (number | null)[];
  /** Two pause weeks or two drops in a row: no runs, see a clinician. */
  ended: boolean;
  /** Step 8 completed: strength twice a week, distance by the log. */
  maintenance: boolean;
  /** Two weeks with no run logged: ask "how far did you run last week?". */
  askDistance: boolean;
  /** The week's load, for the pipeline. */
  load: LoadFromLog;
  /** The answers as the log updates them: the latest pain, the shoes' distance, the longest recent run. */
  answers: Answers;
  /** A flare was logged this week: the step dropped at once and runs ease for the rest of it. */
  flare: boolean;
  /** Each finished week: its step, what the log says of it, and the decision it led to. */
  history: WeekRecord[];
}

/** One finished programme week, for the progress view and the physiotherapist's report. */
export interface WeekRecord {
  calendarWeek: number;
  step: number;
  planned: number;
  done: number;
  worstPain: number | null;
  morningMedian: number | null;
  loggedKm: number;
  /** The decision this week led to, for the next. */
  decision: Decision;
  reasons: ProgressReason[];
}
