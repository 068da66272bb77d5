import type { Answers, Day } from '../schemas/answers';
import { DAYS } from '../schemas/answers';
import type { Exercise } from '../schemas/exercise';
import type { DayPlan, Session } from '../schemas/plan';
import type { WeekPlanData } from '../schemas/plan-data';
import type { LoadFromLog } from '../schemas/progress-data';

export type { LoadFromLog } from '../schemas/progress-data';
import { DISTANCE } from '../schemas/thresholds';
import { arrangeWeek } from './arrange-week';
import { clearanceNeedsRestart } from './check-safety';
import { floorTenth, isStandingStart, planDistances, RUN_WALK, runCap } from './plan-runs';
import type { RoutineContext } from './routine-context';
import { crossTrainingOptions, selectExercises, toPlanItem } from './select-exercises';
import { weekNotes, type WeekFacts } from './week-notes';

/** What to build: the whole week, or only its shape (days, sessions, cap) for counting past weeks. */
export type WeekDetail = 'full' | 'shape';

/** Builds one programme week: the days, their sessions, the distance cap and the notes. */
export function buildWeekPlan(a: Answers, library: readonly Exercise[], ctx: RoutineContext, load?: LoadFromLog, detail: WeekDetail = 'full'): WeekPlanData {
  const paused = ctx.zone === 'pause' || ctx.zone === 'stop' || (load !== undefined && (load.ended || load.capKm === null) && !load.runWalk);
  const noRuns = paused ? 'pause' : ctx.conditions.has('postpartum-early') ? 'postpartum' : null;
  const runWalk = !noRuns && (load ? load.runWalk : isStandingStart(a) || clearanceNeedsRestart(a));
  const strengthDays = ctx.week >= 3 && !ctx.gentle && !load?.maintenance ? 3 : 2;
  const layout = arrangeWeek({ runDays: a.runDays, pauseRuns: noRuns !== null, runWalk, strengthDays });

  const pregnant = a.pregnancy === 'pregnant-under-16-weeks' || a.pregnancy === 'pregnant-16-weeks-plus';
  const overtraining = ctx.likely.has('overtraining');
  const fromAnswers = () => runCap({ weeklyKm: a.weeklyKm, weeklyIncreasePct: a.weeklyIncreasePct, zone: ctx.zone, overtrainingLikely: overtraining, pregnant, week: ctx.week });
  const cap = layout.runs.length === 0 || runWalk ? null : load ? { km: floorTenth(load.capKm ?? 0), rule: load.flare ? ('after-flare' as const) : ('from-log' as const) } : fromAnswers();
  const distances = cap ? planDistances(layout.runs, cap.km, a.longestRunKm) : new Map<Day, number>();
  const runs = runWalk ? layout.runs : layout.runs.filter((d) => distances.has(d));
  const thinnedOut = layout.runs.filter((d) => !runs.includes(d));

  // Pause weeks put easy cross-training on each run day; while distance holds for overtraining it
  // fills at most two days; otherwise every free day may have some.
  const free = DAYS.filter((d) => d !== layout.rest && !runs.includes(d));
  // Run/walk weeks and weeks with no run days hold too: the week's distance does not climb.
  const holding = overtraining && !noRuns && (cap === null || cap.km <= a.weeklyKm);
  const onRunDays = free.filter((d) => a.runDays.includes(d));
  // Under 12 weeks after birth walking is the exercise: with no run days, it takes the free days.
  let crossTraining = noRuns === 'pause' ? onRunDays : noRuns === 'postpartum' ? (onRunDays.length > 0 ? onRunDays : free) : free;
  const crossLimited = !noRuns && holding && crossTraining.length > DISTANCE.overtrainingCrossDays;
  if (crossLimited) {
    const away = crossTraining.filter((d) => !layout.strength.includes(d));
    crossTraining = [...away, ...crossTraining.filter((d) => layout.strength.includes(d))].slice(0, DISTANCE.overtrainingCrossDays);
    crossTraining = DAYS.filter((d) => crossTraining.includes(d));
  }
  const easyOnly = noRuns !== null || holding;

  const facts: WeekFacts = {
    noRuns,
    runWalk: runWalk && runs.length > 0,
    capKm: cap?.km ?? 0,
    capRule: cap?.rule ?? null,
    runs,
    rest: layout.rest,
    crossTraining,
    restAdded: layout.restAdded,
    spacedOut: layout.spacedOut,
    thinnedOut,
    crossLimited,
    plannedKm: Math.round([...distances.values()].reduce((sum, km) => sum + km, 0) * 10) / 10,
    runLimitKm: cap ? floorTenth(a.longestRunKm * DISTANCE.singleRunLimit) : null,
  };

  const item = (ex: Exercise) => toPlanItem(ex, ctx);
  // A shape-only week (a past week the log is checked against) needs its sessions, not their exercises.
  const full = detail === 'full';
  const warmUp = full ? selectExercises(library, 'dynamic', ctx).map(item) : [];
  const strength = full ? selectExercises(library, 'strength', ctx).map(item) : [];
  const coolDown = full ? selectExercises(library, 'static', ctx).map(item) : [];
  const cross = crossTrainingOptions(library, ctx);

  const days: DayPlan[] = DAYS.map((day: Day): DayPlan => {
    const sessions: Session[] = [];
    if (day === layout.rest) return { day, sessions: [{ kind: 'rest', items: [] }] };
    const isRun = runs.includes(day);
    if (isRun) {
      sessions.push({ kind: 'warm-up', items: warmUp });
      sessions.push(runWalk ? { kind: 'run', km: 0, intervals: RUN_WALK[pregnant ? 0 : ctx.week - 1]!, items: [] } : { kind: 'run', km: distances.get(day)!, items: [] });
    }
    if (layout.strength.includes(day)) sessions.push({ kind: 'strength', items: strength });
    if (isRun) sessions.push({ kind: 'cool-down', items: coolDown });
    const crossIndex = crossTraining.indexOf(day);
    const pick = cross[crossIndex % Math.max(1, cross.length)];
    if (crossIndex >= 0 && pick) {
      const cItem = item(pick);
      const planned = cItem.minutes ?? DISTANCE.easyCrossMinutes.min;
      const minutes = easyOnly ? Math.min(DISTANCE.easyCrossMinutes.max, Math.max(DISTANCE.easyCrossMinutes.min, planned)) : planned;
      sessions.push({ kind: 'cross-training', minutes, items: [{ ...cItem, minutes }] });
    }
    return { day, sessions };
  });

  if (!full) return { number: ctx.week, runCapKm: facts.capKm, notes: [], days };
  const used = new Set(days.flatMap((d) => d.sessions.flatMap((s) => s.items.map((i) => i.id))));
  return { number: ctx.week, runCapKm: facts.capKm, notes: weekNotes(a, ctx, facts, used), days };
}
