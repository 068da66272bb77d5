import type { Answers } from '../schemas/answers';
import type { Exercise } from '../schemas/exercise';
import type { Log } from '../schemas/log';
import type { PlanData } from '../schemas/plan-data';
import { DISTANCE, PAIN } from '../schemas/thresholds';
import { buildPlan } from './build-plan';
import { dayOfIsoDate } from './calendar';
import { applyMorning } from './morning-today';
import { floorTenth } from './plan-runs';
import { decideProgress, type Progress, type ProgressOptions } from './programme-progress';

/** This week's plan as the log decides it, with where the programme stands and this morning's check-in applied. */
export function buildPlanWithLog(answers: Answers, log: Log, todayIso: string, library: readonly Exercise[], options: ProgressOptions = {}): { plan: PlanData; progress: Progress } {
  const progress = decideProgress(answers, log, todayIso, library, options);
  const referrals = [
    ...(progress.notImproving ? [{ id: 'not-improving' as const, values: {} }] : []),
    ...(progress.ended ? [{ id: 'programme-ended' as const, values: {} }] : []),
  ];
  let load = progress.calendarWeek > 1 ? progress.load : undefined;
  const morning = log.mornings.find((m) => m.date === todayIso);
  // Severe pain this morning is the severe-pain stop, today, unless a later answer today says it has eased.
  const eased = options.painAnswer && options.painAnswer.date >= todayIso;
  const planned = morning && morning.pain >= PAIN.stopFrom && !eased ? { ...progress.answers, painLevel: morning.pain } : progress.answers;
  if (progress.flare) {
    // The rest of a flare's week runs at the red zone's share of the cap it had.
    const shape = buildPlan(planned, library, { week: progress.step, load, detail: 'shape' }).week;
    const runWalk = shape?.days.some((d) => d.sessions.some((s) => s.intervals !== undefined)) ?? false;
    const cap = load ? load.capKm : (shape?.runCapKm ?? null);
    load = { ...(load ?? { ended: false, maintenance: false }), flare: true, runWalk, capKm: cap === null ? null : floorTenth(cap * DISTANCE.redCut) };
  }
  const plan = buildPlan(planned, library, { week: progress.step, load, referrals });
  return { plan: applyMorning(plan, morning, dayOfIsoDate(todayIso)), progress };
}
