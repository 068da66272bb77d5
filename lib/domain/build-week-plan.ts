import type { Answers, Day } from '../schemas/answers';
import { DAYS } from '../schemas/answers';
import type { Exercise } from '../schemas/exercise';
import type { DayPlan, Note, Session, WeekPlan } from '../schemas/plan';
import { arrangeWeek } from './arrange-week';
import { RUN_WALK, RUN_WALK_BELOW, runCap, splitDistance } from './plan-runs';
import { SEVERE_PAIN, type RoutineContext } from './routine-context';
import { crossTrainingOptions, selectExercises, toPlanItem } from './select-exercises';
import { distanceWords } from './units';
import { routineNotes } from './week-notes';

/** Builds one programme week: the days, their sessions, the distance cap and the notes. */
export function buildWeekPlan(a: Answers, library: readonly Exercise[], ctx: RoutineContext, extraNotes: Note[] = []): WeekPlan {
  const pauseRuns = a.painLevel >= SEVERE_PAIN;
  const runWalk = a.weeklyKm < RUN_WALK_BELOW.weeklyKm || a.longestRunKm < RUN_WALK_BELOW.longestRunKm;
  const layout = arrangeWeek({ runDays: a.runDays, pauseRuns, runWalk, strengthDays: ctx.week >= 3 && !ctx.gentle ? 3 : 2 });
  const notes: Note[] = [...extraNotes, ...layout.notes];

  const overtraining = ctx.likely.has('overtraining');
  const runCapKm = layout.runs.length === 0 || runWalk ? 0 : runCap(a.weeklyKm, overtraining, a.weeklyIncreasePct);
  const distances = splitDistance(layout.runs, runCapKm, a.longestRunKm);
  notes.push(...routineNotes(a, ctx, { runCapKm, runWalk, runsPlanned: layout.runs.length > 0 }, distanceWords(ctx.units)));

  const item = (ex: Exercise) => toPlanItem(ex, ctx);
  const warmUp = selectExercises(library, 'dynamic', ctx).map(item);
  const strength = selectExercises(library, 'strength', ctx).map(item);
  const coolDown = selectExercises(library, 'static', ctx).map(item);
  const cross = crossTrainingOptions(library, ctx);

  const days: DayPlan[] = DAYS.map((day: Day): DayPlan => {
    const sessions: Session[] = [];
    if (day === layout.rest) return { day, sessions: [{ kind: 'rest', items: [] }] };
    const isRun = layout.runs.includes(day);
    if (isRun) {
      sessions.push({ kind: 'warm-up', items: warmUp });
      sessions.push(runWalk ? { kind: 'run', km: 0, intervals: RUN_WALK[ctx.week - 1]!, items: [] } : { kind: 'run', km: distances.get(day) ?? 0, items: [] });
    }
    if (layout.strength.includes(day)) sessions.push({ kind: 'strength', items: strength });
    if (isRun) sessions.push({ kind: 'cool-down', items: coolDown });
    const crossIndex = layout.crossTraining.indexOf(day);
    const pick = cross[crossIndex % Math.max(1, cross.length)];
    if (crossIndex >= 0 && pick) {
      const cItem = item(pick);
      sessions.push({ kind: 'cross-training', minutes: cItem.minutes ?? 20, items: [cItem] });
    }
    return { day, sessions };
  });

  return { number: ctx.week, runCapKm, notes, days };
}
