import type { Day, RedFlag } from './answers';
import type { CauseId } from './cause';
import type { DayPlan, ReferralReason, Urgency } from './plan';

// What the pipeline returns: facts as ids and values, no sentences and no units. lib/words turns
// them into the worded plan (schemas/plan.ts) that every surface shows and the commands print.

/** The facts a sentence states: numbers in km, days as ids. */
export type Values = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/** Why a cause scored: which rule matched, with the figures it read. */
export type ReasonId =
  | 'hunched-form'
  | 'leaning-back-form'
  | 'hurts-during-run-form'
  | 'hurts-sitting'
  | 'long-sitting'
  | 'plank-weak'
  | 'plank-fair'
  | 'hurts-during-run-core'
  | 'shoes-past-replace'
  | 'shoes-near-replace'
  | 'support-worn'
  | 'support-unsure'
  | 'fast-growth'
  | 'growth-above-safer'
  | 'no-rest-day'
  | 'hurts-next-morning'
  | 'single-run-spike'
  | 'toes-no'
  | 'toes-just'
  | 'sitting-hip-flexors'
  | 'diagnosis'
  | 'below-knee'
  | 'hurts-all-day'
  | 'old-injury'
  | 'one-side'
  | 'leg-length-known'
  | 'leg-length-unsure-one-side'
  | 'leg-length-unsure';

export interface ReasonData {
  id: ReasonId;
  values: Values;
}

export interface CauseData {
  id: CauseId;
  score: number;
  reasons: ReasonData[];
}

/** What a note says the week did. */
export type NoteId =
  | 'runs-paused'
  | 'runs-postpartum'
  | 'rest-day-added'
  | 'run-walk-spacing'
  | 'fewer-runs'
  | 'cross-limited'
  | 'distance-red'
  | 'distance-amber'
  | 'distance-pregnancy'
  | 'distance-comeback'
  | 'distance-cut'
  | 'distance-hold'
  | 'distance-grow'
  | 'distance-log'
  | 'distance-flare'
  | 'morning-halved'
  | 'morning-no-run'
  | 'amber-drills'
  | 'run-limit'
  | 'run-walk'
  | 'shoes-replace'
  | 'shoes-worn'
  | 'shoes-near'
  | 'no-run-days'
  | 'longest-run-high'
  | 'gait-check'
  | 'eases-leaning-back'
  | 'eases-bending-forward'
  | 'gentle'
  | 'age-not-given';

export interface NoteData {
  id: NoteId;
  values: Values;
}

export interface ReferralData {
  id: ReferralReason;
  values: Values;
}

export interface SafetyData {
  stop: boolean;
  urgency: Urgency | null;
  /** The red flags behind a stop. */
  flags: RedFlag[];
  /** What the stop's words need: the pain given, why a flag was urgent. */
  stopValues: Values;
  referral: boolean;
  referralReasons: ReferralData[];
  /** The plan is gentle this week (what the referral may promise). */
  gentle: boolean;
}

export interface WeekPlanData {
  number: number;
  runCapKm: number;
  notes: NoteData[];
  days: DayPlan[];
}

/** The pipeline's plan: safety, causes and the week as data. */
export interface PlanData {
  safety: SafetyData;
  causes: CauseData[];
  week: WeekPlanData | null;
}

export type { Day };
