import type { Day } from '../schemas/answers';
import type { Morning } from '../schemas/log';
import type { Session } from '../schemas/plan';
import type { NoteData, PlanData } from '../schemas/plan-data';
import { DISTANCE, PAIN } from '../schemas/thresholds';
import { floorTenth } from './plan-runs';

// The morning check-in acts the same day (brief: "The morning check-in acts the same day").

/** Easy cross-training in place of a run, as a pause week has it. */
const easyCross = (): Session => ({ kind: 'cross-training', minutes: DISTANCE.easyCrossMinutes.min, items: [] });

/**
 * Today's sessions after this morning's check-in: pain 7-8 means no run today, "worse than usual"
 * halves it (cross-training instead if that leaves under the shortest run). Pain of 9-10 is the
 * severe-pain stop, which the safety screen shows; other days are left as they are.
 */
export function applyMorning(plan: PlanData, morning: Morning | undefined, today: Day): PlanData {
  const week = plan.week;
  if (!week || !morning || morning.pain >= PAIN.stopFrom) return plan;
  const day = week.days.find((d) => d.day === today);
  const run = day?.sessions.find((s) => s.kind === 'run');
  if (!day || !run) return plan;
  const noRun = morning.pain >= PAIN.pauseFrom;
  if (!noRun && morning.compared !== 'worse') return plan;

  let sessions: Session[];
  let note: NoteData;
  const halfKm = floorTenth((run.km ?? 0) / 2);
  if (!noRun && run.intervals) {
    const repeats = Math.max(1, Math.floor(run.intervals.repeats / 2));
    sessions = day.sessions.map((s) => (s === run ? { ...s, intervals: { ...run.intervals!, repeats } } : s));
    note = { id: 'morning-halved', values: { day: today, repeats } };
  } else if (!noRun && halfKm >= DISTANCE.minRunKm) {
    sessions = day.sessions.map((s) => (s === run ? { ...s, km: halfKm } : s));
    note = { id: 'morning-halved', values: { day: today, km: halfKm } };
  } else {
    // The run and the warm-up and cool-down that frame it give way to easy cross-training.
    const rest = day.sessions.filter((s) => s.kind !== 'run' && s.kind !== 'warm-up' && s.kind !== 'cool-down');
    sessions = rest.some((s) => s.kind === 'cross-training') ? rest : [...rest, easyCross()];
    note = { id: 'morning-no-run', values: { day: today, pain: morning.pain, worse: !noRun } };
  }
  return {
    ...plan,
    week: { ...week, days: week.days.map((d) => (d === day ? { ...d, sessions } : d)), notes: [note, ...week.notes] },
  };
}
