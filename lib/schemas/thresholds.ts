// Every clinical threshold and bound, in one place: the rules, the notes and the messages all read
// these. Figures from the domain brief (safety rules v2, pain zones, dosing, shoes). "At or above"
// (>=) and "below" (<) are used exactly as the brief writes them.

/** Backstride is for adults: younger runners get no plan. */
export const MIN_AGE = 18;
export const MAX_AGE = 100;

/** Pain zones for `painLevel` (worst back pain in the last 7 days, 0-10). */
export const PAIN = {
  /** 4-5: hold distance, no high-impact drills. */
  amberFrom: 4,
  /** 6: cut distance to 80 %, gentle. */
  redFrom: 6,
  /** 7-8: no runs, easy cross-training instead, gentle. */
  pauseFrom: 7,
  /** 9-10: the severe-pain stop. */
  stopFrom: 9,
  /** Pain "all day" at or above this pauses runs too. */
  allDayPauseFrom: 5,
  /** The severe-pain stop lifts once the latest pain answer is at or below this. */
  stopLiftsAtOrBelow: 8,
  /** Mid-session: stop (walk home) if back pain goes above this. */
  midSessionStopAbove: 5,
} as const;

/** Referral bounds. */
export const REFER = {
  /** Pain this high or higher refers. */
  painFrom: 7,
  /** Pain for this many weeks or more, in all, refers. */
  painWeeks: 6,
  /** Age at or above this with pain for `agePainWeeks` refers (new back pain over 50). */
  olderFrom: 50,
  /** Age below this (18-19) with pain for `agePainWeeks` refers (new back pain under 20). */
  youngerBelow: 20,
  agePainWeeks: 4,
  /** Trauma is urgent (not only a referral) at or above this age. */
  traumaUrgentFrom: 50,
} as const;

/** The inflammatory-pattern prompt (NICE NG65, simplified for an "ask a GP" prompt). */
export const INFLAMMATORY = {
  /** Onset before this age. */
  onsetBefore: 45,
  /** Pain for at least this many weeks. */
  minWeeks: 13,
  /** Onset before this age counts as one of the signs. */
  earlyOnsetBefore: 35,
  /** At least this many signs. */
  minSigns: 2,
} as const;

/** Distance rules. */
export const DISTANCE = {
  /** Green weeks may grow this much on last week (5 %), compounding week on week. */
  weeklyGrowth: 1.05,
  /** A red week (pain 6) caps runs at this share of last week. */
  redCut: 0.8,
  /** Fast growth (over `fastGrowthPct` a week) cuts the first week by this much. */
  overtrainingCut: 0.9,
  /** Growth above this (% a week) is fast. */
  fastGrowthPct: 10,
  /** Growth above this (% a week) is more than the safer pace. */
  saferGrowthPct: 5,
  /** No single run more than 10 % longer than the longest of the last 30 days. */
  singleRunLimit: 1.1,
  /** A longest recent run more than this many times the usual run is a single-run spike. */
  spikeFactor: 2,
  /** No run shorter than this outside run/walk: run on fewer days instead. */
  minRunKm: 1.5,
  /** A fall this steep (or steeper) is a comeback: no growth that week. */
  comebackPct: -50,
  /** A fall of 100 % (no running last week) is a standing start. */
  stoppedPct: -100,
  /** Under this much last week is a standing start (run/walk). */
  standingStartBelowKm: 2,
  /** Cross-training in pause weeks and while distance holds for overtraining: 20-30 min. */
  easyCrossMinutes: { min: 20, max: 30 },
  /** While overtraining holds or cuts distance, cross-training fills at most this many days. */
  overtrainingCrossDays: 2,
} as const;

/** The log and the weekly step decision. */
export const PROGRESS = {
  /** A week's morning median needs at least this many mornings. */
  minMornings: 3,
  /** The not-improving check starts in this calendar week. */
  notImprovingFromWeek: 5,
  /** Improving means at least this many points better than week 1 ... */
  minPoints: 2,
  /** ... or at least this share of week 1's pain (Ostelo 2008). */
  minShare: 0.3,
  /** With week 1's pain at or below this, the check is skipped. */
  minBaseline: 2,
  /** Logged km under this share of the cap, with little pain: keep the cap. */
  shortWeekShare: 2 / 3,
  /** The emergency questions are asked again this many days after they were last answered. */
  emergencyRecheckDays: 7,
  /** "Pain as usual" is the median of this many latest logged sessions. */
  usualPainSessions: 5,
  /** The single-run limit looks back this many days. */
  longestRunDays: 30,
} as const;

/** Shoes: watch the pair from 500 km, replace from 800 km (300 and 500 mi). */
export const SHOES = { watchKm: 500, replaceKm: 800, watchMi: 300, replaceMi: 500 } as const;

/** Core and flexibility self-tests. */
export const PLANK = {
  /** A hold under this is weak. */
  weakBelow: 30,
  /** A hold under this (and at least `weakBelow`) is fair. */
  fairBelow: 60,
  /** The first plank hold is never under this; a tested hold under it starts on the knees. */
  minHold: 10,
  /** After week 1 the hold grows from the tested one by this much a week, up to the step's dose. */
  weeklyGain: 5,
} as const;

/** Gentle mode: no harder variant than the first, and doses no higher than this step. */
export const GENTLE_MAX_STEP = 3;

/** A leg-length difference over about this much (cm) may matter; smaller ones are common (Gurney 2002). */
export const LEG_LENGTH_CM = 2;

/** Long daily sitting, in hours. */
export const LONG_SITTING_HOURS = 8;
