import type { Answers, Day } from '../schemas/answers';
import type { NoteData } from '../schemas/plan-data';
import { DISTANCE, PAIN, SHOES } from '../schemas/thresholds';
import { clearanceNeedsRestart } from './check-safety';
import type { CapRule } from './plan-runs';
import type { RoutineContext } from './routine-context';

/** What the week did with the runs, for the notes: every note is made from these facts. */
export interface WeekFacts {
  /** No runs this week: pain in the pause zone, or under 12 weeks after giving birth. */
  noRuns: 'pause' | 'postpartum' | null;
  runWalk: boolean;
  capKm: number;
  capRule: CapRule | null;
  runs: Day[];
  rest: Day;
  crossTraining: Day[];
  restAdded: Day | null;
  spacedOut: Day[];
  /** Run days left without a run so that no run is under 1.5 km. */
  thinnedOut: Day[];
  /** Cross-training kept to two days while distance holds for overtraining. */
  crossLimited: boolean;
  /** The runs' total, which the single-run limit may keep under the cap. */
  plannedKm: number;
  /** The single-run limit (10 % over the longest recent run), when there are distance runs. */
  runLimitKm: number | null;
}

/** Notes about shoes: upkeep only, never inserts. Support that feels flat means replace, whatever the distance. */
export function shoeNotes(a: Answers): NoteData[] {
  const worn = a.shoeSupport === 'worn';
  if (a.shoeKm >= SHOES.replaceKm || (worn && a.shoeKm >= SHOES.watchKm)) return [{ id: 'shoes-replace', values: { shoeKm: a.shoeKm, worn } }];
  if (worn) return [{ id: 'shoes-worn', values: {} }];
  if (a.shoeKm >= SHOES.watchKm) return [{ id: 'shoes-near', values: { shoeKm: a.shoeKm } }];
  return [];
}

/** Notes about answers that do not sit well together, and what the plan did about them. */
function conflictNotes(a: Answers, f: WeekFacts): NoteData[] {
  const notes: NoteData[] = [];
  if (a.runDays.length === 0 && f.noRuns !== 'postpartum') notes.push({ id: 'no-run-days', values: { weeklyKm: a.weeklyKm } });
  if (a.weeklyKm > 0 && a.longestRunKm > a.weeklyKm * 4 && f.runs.length > 0 && !f.runWalk) notes.push({ id: 'longest-run-high', values: {} });
  return notes;
}

/** Why runs are run/walk, and where they are heading. */
function runWalkNote(a: Answers, ctx: RoutineContext, f: WeekFacts): NoteData[] {
  if (!f.runWalk) return [];
  const why =
    a.pregnancy === 'pregnant-under-16-weeks' || a.pregnancy === 'pregnant-16-weeks-plus'
      ? 'pregnant'
      : ctx.week > 1
        ? 'building'
        : clearanceNeedsRestart(a)
          ? 'cleared'
          : a.weeklyIncreasePct <= DISTANCE.stoppedPct || a.weeklyKm === 0
            ? 'stopped'
            : a.weeklyKm < DISTANCE.standingStartBelowKm
              ? 'low-weekly'
              : 'short-longest';
  return [{ id: 'run-walk', values: { days: f.runs, why } }];
}

/** The week's distance, and the rule that set it. */
function distanceNotes(a: Answers, ctx: RoutineContext, f: WeekFacts): NoteData[] {
  if (!f.capRule || f.runs.length === 0 || f.runWalk) return [];
  const first = ctx.week === 1;
  const notes: NoteData[] = [];
  const ids: Record<CapRule, NoteData['id']> = {
    'red-cut': 'distance-red',
    'amber-hold': 'distance-amber',
    'pregnancy-hold': 'distance-pregnancy',
    comeback: 'distance-comeback',
    'overtraining-cut': 'distance-cut',
    'overtraining-hold': 'distance-hold',
    grow: 'distance-grow',
    'from-log': 'distance-log',
    'after-flare': 'distance-flare',
  };
  notes.push({ id: ids[f.capRule], values: { km: f.capKm, pain: a.painLevel, pct: a.weeklyIncreasePct, first } });
  if (ctx.zone === 'amber' && f.capRule !== 'amber-hold') notes.push({ id: 'amber-drills', values: { pain: a.painLevel } });
  // The single-run limit can keep the runs under the cap: say so, rather than let the cap promise growth.
  if (f.plannedKm < f.capKm - DISTANCE.minRunKm / 10 && f.runLimitKm !== null && f.plannedKm > 0) {
    notes.push({ id: 'run-limit', values: { runLimitKm: f.runLimitKm, plannedKm: f.plannedKm } });
  }
  return notes;
}

/** Notes on the week's shape: no runs, a rest day added, days without a run. */
function shapeNotes(a: Answers, f: WeekFacts): NoteData[] {
  const notes: NoteData[] = [];
  if (f.noRuns === 'pause' && a.runDays.length > 0) {
    notes.push({ id: 'runs-paused', values: { pain: a.painLevel, allDay: a.painWhen.includes('all-day') && a.painLevel < PAIN.pauseFrom, days: f.crossTraining } });
  }
  if (f.noRuns === 'postpartum') notes.push({ id: 'runs-postpartum', values: { days: f.crossTraining } });
  if (f.restAdded) notes.push({ id: 'rest-day-added', values: { restDay: f.restAdded } });
  if (f.spacedOut.length > 0) notes.push({ id: 'run-walk-spacing', values: { days: f.spacedOut } });
  if (f.thinnedOut.length > 0) notes.push({ id: 'fewer-runs', values: { days: f.thinnedOut } });
  if (f.crossLimited) {
    const how = f.capRule === 'overtraining-cut' || f.capRule === 'red-cut' ? 'down' : f.runs.length === 0 || f.runWalk ? 'low' : 'holds';
    notes.push({ id: 'cross-limited', values: { days: f.crossTraining, how } });
  }
  return notes;
}

/** What "which way eases it" changed, naming only what this week really has. */
function easesNotes(a: Answers, items: ReadonlySet<string>): NoteData[] {
  if (a.eases === 'leaning-back') return [{ id: 'eases-leaning-back', values: { addsElbows: items.has('lying-on-elbows') } }];
  if (a.eases === 'bending-forward') return [{ id: 'eases-bending-forward', values: { keepsForward: items.has('childs-pose') } }];
  return [];
}

/** Notes on what the week's routine did and why. Each states only what the week really does. */
export function weekNotes(a: Answers, ctx: RoutineContext, f: WeekFacts, items: ReadonlySet<string>): NoteData[] {
  const notes: NoteData[] = [...shapeNotes(a, f), ...distanceNotes(a, ctx, f), ...runWalkNote(a, ctx, f), ...shoeNotes(a), ...conflictNotes(a, f)];
  if (ctx.likely.has('past-injury')) notes.push({ id: 'gait-check', values: {} });
  notes.push(...easesNotes(a, items));
  if (ctx.gentle) notes.push({ id: 'gentle', values: {} });
  if (a.age === null) notes.push({ id: 'age-not-given', values: { trauma: a.redFlags.includes('trauma') && !a.clearedFlags.includes('trauma') } });
  return notes;
}
