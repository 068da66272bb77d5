import type { Answers } from '../schemas/answers';
import type { Exercise } from '../schemas/exercise';
import type { Log } from '../schemas/log';
import type { PlanData } from '../schemas/plan-data';
import { PROGRAMME_WEEKS } from '../schemas/programme';
import { DISTANCE, PAIN, PROGRESS } from '../schemas/thresholds';
import { buildPlan } from './build-plan';
import { addDays, daysBetween, isoDate, parseIsoDate } from './calendar';
import type { Decision, LoadFromLog, Progress, ProgressReason, WeekRecord } from '../schemas/progress-data';
import { longestRecentRun, notImproving, painForWeek, trackedShoeKm, weeklyMorningPain, type PainAnswer } from './log-readings';
import { floorTenth } from './plan-runs';
import { summariseWeek } from './week-log';

export type { Decision, Progress, ProgressReason, WeekRecord } from '../schemas/progress-data';
export { notImproving, trackedShoeKm } from './log-readings';

/** The plan's sessions a week counts as planned: runs, strength and cross-training, as issued. */
const plannedSessions = (plan: PlanData) =>
  plan.week?.days.reduce((n, d) => n + d.sessions.filter((s) => s.kind === 'run' || s.kind === 'strength' || s.kind === 'cross-training').length, 0) ?? 0;

/**
 * Walks the programme week by week from its start to `today`: each week's plan as issued, its log,
 * and the decision for the next week (first row that matches wins). A pure function of answers,
 * log and today.
 */
export function decideProgress(answers: Answers, log: Log, todayIso: string, library: readonly Exercise[], { clinicianSeenOn = null, painAnswer = null, distanceAnswer = null }: ProgressOptions = {}): Progress {
  // Once a clinician has seen the runner, "not improving" no longer holds the step (their advice leads).
  const seenBy = (day: string) => clinicianSeenOn !== null && clinicianSeenOn <= day;
  const start = parseIsoDate(log.start)!;
  const today = parseIsoDate(todayIso)!;
  const calendarWeek = Math.max(1, Math.floor(daysBetween(start, today) / 7) + 1);
  const weekStartIso = (w: number) => isoDate(addDays(start, 7 * (w - 1)));

  let step = 1;
  let decision: Decision = 'start';
  let reasons: ProgressReason[] = [];
  let load: LoadFromLog | undefined;
  let capKm: number | null = null;
  let drops = 0;
  let pauses = 0;
  let noRunWeeks = 0;
  let ended = false;
  let maintenance = false;
  let restartSince: string | null = null;
  const weekly: (number | null)[] = [];
  const history: WeekRecord[] = [];
  let effective = answers;

  for (let w = 1; w <= calendarWeek; w++) {
    const weekStart = weekStartIso(w);
    // The answers as the log has updated them by this week's start.
    effective = {
      ...answers,
      longestRunKm: longestRecentRun(log, weekStart, restartSince) ?? answers.longestRunKm,
      // This week's shoes count every run up to today: the distance grows as runs are logged.
      shoeKm: trackedShoeKm(log, w === calendarWeek ? todayIso : weekStart) ?? answers.shoeKm,
      painLevel: painForWeek(log, weekStart, painAnswer) ?? answers.painLevel,
    };
    if (w === calendarWeek) break;

    // The week as issued, then what the log says of it.
    const stepBefore = step;
    const plan = buildPlan(effective, library, { week: Math.min(step, PROGRAMME_WEEKS), load, detail: 'shape' });
    const s = summariseWeek(log, weekStart, weekStartIso(w + 1));
    const morning = weeklyMorningPain(s);
    weekly.push(morning);
    // A pause is a week with run days but no run (pain); a runner with no run days never pauses.
    const paused = effective.runDays.length > 0 && plan.week !== null && plan.week.runCapKm === 0 && !plan.week.days.some((d) => d.sessions.some((x) => x.kind === 'run'));
    const planCap = plan.week?.runCapKm ?? 0;
    const runsPlanned = plan.week?.days.some((d) => d.sessions.some((x) => x.kind === 'run')) ?? false;
    const prevMorning = weekly.length > 1 ? weekly[weekly.length - 2] : null;

    reasons = [];
    const pain = s.worstPain;
    if (pain !== null && pain >= PAIN.stopFrom) reasons.push({ id: 'pain-severe', values: { pain } });
    if (pain !== null && pain >= PAIN.redFrom && pain < PAIN.stopFrom) reasons.push({ id: 'pain-high', values: { pain } });
    if (s.worseMornings >= 2) reasons.push({ id: 'mornings-worse', values: { count: s.worseMornings } });
    if (s.flare) reasons.push({ id: 'flare', values: {} });
    // Pain of 9-10 stops the plan itself (the triage) while it lasts; the week after, it steps back like 7-8.
    const drop = reasons.length > 0;
    if (drop) {
      decision = 'drop';
      step = Math.max(1, step - 1);
      capKm = pain !== null && pain >= PAIN.pauseFrom ? null : floorTenth(s.loggedKm * DISTANCE.redCut);
    } else {
      if (pain !== null && pain >= PAIN.amberFrom && pain < PAIN.stopFrom) reasons.push({ id: 'pain-moderate', values: { pain } });
      if (s.worseMornings === 1) reasons.push({ id: 'morning-worse', values: {} });
      const planned = plannedSessions(plan);
      if (s.done * 3 < planned * 2) reasons.push({ id: 'sessions-missed', values: { done: s.done, planned } });
      if (morning !== null && prevMorning !== null && prevMorning !== undefined && morning > prevMorning) reasons.push({ id: 'mornings-rising', values: { from: prevMorning, to: morning } });
      const stuck = notImproving([...weekly], w + 1) && !seenBy(weekStartIso(w + 1));
      if (stuck) reasons.push({ id: 'not-improving', values: {} });
      if (reasons.length > 0) {
        decision = 'hold';
        capKm = runsPlanned ? planCap : capKm;
      } else {
        decision = 'advance';
        if (step >= PROGRAMME_WEEKS) maintenance = true;
        step = Math.min(PROGRAMME_WEEKS, step + 1);
        const grown = floorTenth(s.loggedKm * DISTANCE.weeklyGrowth);
        // A short week with little pain is no reason to shrink the cap.
        const short = s.loggedKm < planCap * PROGRESS.shortWeekShare && (pain ?? 0) < PAIN.amberFrom;
        if (short && planCap > 0) reasons.push({ id: 'short-week', values: { km: s.loggedKm, cap: planCap } });
        capKm = short ? planCap : grown;
        if (reasons.length === 0) reasons.push({ id: 'all-well', values: {} });
      }
    }

    // No run logged while runs were planned: keep the last cap, no growth; twice in a row, ask.
    let runWalk = capKm !== null && capKm < DISTANCE.standingStartBelowKm;
    // After a week with no runs (a pause), pain under 7 restarts running as run/walk (brief: return to
    // running after a pause), never another pause and never straight back to the old cap.
    const noRunsNext = pain !== null && pain >= PAIN.pauseFrom;
    if (!runsPlanned && !noRunsNext && effective.runDays.length > 0) {
      runWalk = true;
      restartSince = weekStartIso(w + 1);
    }
    // "How far did you run last week?", answered during the week after this one: the comeback rules.
    const told = distanceAnswer && distanceAnswer.date >= weekStartIso(w + 1) && distanceAnswer.date < weekStartIso(w + 2) ? distanceAnswer : null;
    if (runsPlanned && s.runsLogged === 0 && told) {
      noRunWeeks = 0;
      capKm = floorTenth(told.km);
      reasons.push({ id: 'distance-answered', values: { km: told.km } });
      if (told.km < DISTANCE.standingStartBelowKm) {
        runWalk = true;
        restartSince = weekStartIso(w + 1);
      }
    } else if (runsPlanned && s.runsLogged === 0) {
      noRunWeeks++;
      // Pain of 7 or more still means no runs next week: the drop row wins over keeping the cap.
      capKm = noRunsNext ? null : planCap > 0 ? planCap : capKm;
      reasons.push({ id: 'no-runs-logged', values: { weeks: noRunWeeks } });
      if (noRunWeeks >= 2) reasons.push({ id: 'ask-distance', values: {} });
    } else {
      noRunWeeks = 0;
      // Under 2 km logged: a standing start, which does not count against the cap; runs count from here.
      if (runsPlanned && s.loggedKm < DISTANCE.standingStartBelowKm) {
        runWalk = true;
        restartSince = weekStartIso(w + 1);
      }
    }

    // After a restart, runs stay run/walk until one is logged: there is no recent run to build on.
    if (restartSince !== null && longestRecentRun(log, weekStartIso(w + 1), restartSince) === null) runWalk = true;

    history.push({ calendarWeek: w, step: Math.min(stepBefore, PROGRAMME_WEEKS), planned: plannedSessions(plan), done: s.done, worstPain: s.worstPain, morningMedian: morning, loggedKm: s.loggedKm, decision, reasons });
    drops = decision === 'drop' ? drops + 1 : 0;
    pauses = paused ? pauses + 1 : 0;
    if (drops >= 2 || pauses >= 2) ended = true;
    load = { capKm: ended ? null : capKm, runWalk: !ended && runWalk, ended, maintenance };
  }

  // A flare logged this week drops the step at once: it is the week's one drop, which the decision
  // at the week's end makes again rather than adding a second.
  const flare = log.flares.some((d) => d >= weekStartIso(calendarWeek) && d <= todayIso);
  if (flare) {
    step = Math.max(1, step - 1);
    decision = 'drop';
    reasons = [{ id: 'flare', values: {} }];
  }

  return {
    calendarWeek,
    step,
    decision,
    reasons,
    notImproving: notImproving(weekly, calendarWeek) && !seenBy(todayIso),
    weeklyPain: weekly,
    ended,
    maintenance,
    // Asked while the latest weeks have no run logged; a logged run or an answer ends it.
    askDistance: noRunWeeks >= 2,
    load: load ?? { capKm: null, runWalk: false, ended: false, maintenance: false },
    answers: effective,
    history,
    flare,
  };
}

/** What the runner told the extension beyond the log contract. */
export interface ProgressOptions {
  /** The day the runner said a clinician had seen them (after "not improving as expected"). */
  clinicianSeenOn?: string | null;
  /** The latest pain answered outside the log (the stop screen's "how is it now?"), with its day. */
  painAnswer?: PainAnswer | null;
  /** "How far did you run last week?" (km), answered on `date`, after two weeks with no run logged. */
  distanceAnswer?: { date: string; km: number } | null;
}
