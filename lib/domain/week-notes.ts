import type { Answers, Day } from '../schemas/answers';
import type { Note } from '../schemas/plan';
import { DISTANCE, PAIN, SHOES } from '../schemas/thresholds';
import type { CapRule } from './plan-runs';
import { clearanceNeedsRestart } from './check-safety';
import type { RoutineContext } from './routine-context';
import { formatDistance, type DistanceWords, distanceWords } from './units';
import { DAY_NAMES } from './week-days';

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
}

/** Percentages as the notes say them, from the factors the rules use. */
const GROWTH_PCT = Math.round((DISTANCE.weeklyGrowth - 1) * 100);
const RED_PCT = Math.round(DISTANCE.redCut * 100);
const CUT_PCT = Math.round((1 - DISTANCE.overtrainingCut) * 100);

const dayList = (days: readonly Day[]) => {
  const names = days.map((d) => DAY_NAMES[d]);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
};
const isAre = (days: readonly Day[]) => (days.length > 1 ? 'are' : 'is');

/** Notes about shoes: upkeep only, never inserts. Support that feels flat means replace, whatever the distance. */
export function shoeNotes(a: Answers, d: DistanceWords): Note[] {
  if (a.shoeKm >= SHOES.replaceKm || (a.shoeSupport === 'worn' && a.shoeKm >= SHOES.watchKm)) {
    return [{ id: 'shoes-replace', text: `Your shoes have about ${d.about(a.shoeKm)} on them${a.shoeSupport === 'worn' ? ' and feel worn' : ''}. Time for a new pair with arch and heel support that fits you.`, values: { shoeKm: a.shoeKm } }];
  }
  if (a.shoeSupport === 'worn') {
    return [{ id: 'shoes-worn', text: 'Your shoes feel worn. Try on a new pair whose arch and heel support fit your feet.' }];
  }
  if (a.shoeKm >= SHOES.watchKm) {
    return [{ id: 'shoes-near', text: `Your shoes have about ${d.about(a.shoeKm)} on them. Plan a new pair before ${d.shoeReplace}, sooner if they start to feel flat.`, values: { shoeKm: a.shoeKm } }];
  }
  return [];
}

/** Notes about answers that do not sit well together, and what the plan did about them. */
function conflictNotes(a: Answers, f: WeekFacts, d: DistanceWords): Note[] {
  const notes: Note[] = [];
  if (a.runDays.length === 0) {
    notes.push(
      a.weeklyKm > 0
        ? { id: 'no-run-days', text: `You run about ${d.about(a.weeklyKm)} a week but picked no run days, so this week has none. Choose your run days to get them back.` }
        : { id: 'no-run-days', text: 'No run days picked: this week is strength, cross-training and rest.' },
    );
  }
  if (a.weeklyKm > 0 && a.longestRunKm > a.weeklyKm * 4 && f.runs.length > 0 && !f.runWalk) {
    notes.push({ id: 'longest-run-high', text: 'Your longest run is far beyond your usual week; runs follow your weekly distance, not that one-off.' });
  }
  return notes;
}

/** Why runs restart as run/walk. */
function standingStartNote(a: Answers, f: WeekFacts, units: RoutineContext['units']): Note[] {
  if (!f.runWalk) return [];
  const why =
    clearanceNeedsRestart(a)
      ? 'After a warning sign a clinician has cleared'
      : a.weeklyIncreasePct <= DISTANCE.stoppedPct || a.weeklyKm === 0
        ? 'After a week or more without running'
        : a.weeklyKm < DISTANCE.standingStartBelowKm
          ? `With under ${formatDistance(DISTANCE.standingStartBelowKm, units)} last week`
          : 'With no recent run long enough to build on';
  return [{ id: 'run-walk', text: `${why}, runs restart as run/walk intervals on ${dayList(f.runs)}, two days apart, building towards continuous running.`, values: { days: f.runs } }];
}

/** The week's distance, and the rule that set it. */
function distanceNote(a: Answers, ctx: RoutineContext, f: WeekFacts): Note[] {
  if (!f.capRule || f.runs.length === 0 || f.runWalk) return [];
  const cap = formatDistance(f.capKm, ctx.units);
  const values = { km: f.capKm };
  const first = ctx.week === 1;
  switch (f.capRule) {
    case 'red-cut':
      return [{ id: 'distance-red', text: `With pain at ${a.painLevel}/10, runs drop to ${RED_PCT} % of last week, ${cap} at most, and everything else stays gentle.`, values }];
    case 'amber-hold':
      return [{ id: 'distance-amber', text: `With pain at ${a.painLevel}/10, distance holds at last week's ${cap} and jumping drills give way to low-impact ones.`, values }];
    case 'pregnancy-hold':
      return [{ id: 'distance-pregnancy', text: `While you are pregnant, distance holds at ${cap}: no growth.`, values }];
    case 'comeback':
      return [{ id: 'distance-comeback', text: first ? `You have cut back by half or more, so this week stays at ${cap}, with no growth yet.` : `Back from a cut-back, distance grows by ${GROWTH_PCT} % a week: ${cap} at most this week.`, values }];
    case 'overtraining-cut':
      return [{ id: 'distance-cut', text: first ? `Your distance has been rising by about ${Math.round(a.weeklyIncreasePct)} % a week, so this week drops ${CUT_PCT} % to ${cap}. After that, add no more than ${GROWTH_PCT} % a week.` : `After the cut in week 1, distance grows by no more than ${GROWTH_PCT} % a week: ${cap} at most this week.`, values }];
    case 'overtraining-hold':
      return [{ id: 'distance-hold', text: first ? `To give your back time to recover, distance holds at ${cap} this week. After that, add no more than ${GROWTH_PCT} % a week.` : `Distance grows by no more than ${GROWTH_PCT} % a week: ${cap} at most this week.`, values }];
    case 'grow':
      return [{ id: 'distance-grow', text: `Up to ${cap} this week, ${GROWTH_PCT} % more a week while pain stays at ${PAIN.amberFrom - 1}/10 or below.`, values }];
  }
}

/** Notes on the week's shape: no runs, a rest day added, days without a run. */
function shapeNotes(a: Answers, f: WeekFacts, units: RoutineContext['units']): Note[] {
  const notes: Note[] = [];
  if (f.noRuns === 'pause' && a.runDays.length > 0) {
    const why = a.painLevel >= PAIN.pauseFrom ? `Pain at ${a.painLevel}/10` : `Pain at ${a.painLevel}/10 for most of the day`;
    notes.push({ id: 'runs-paused', text: `${why} means no runs this week: easy cross-training takes ${f.crossTraining.length > 0 ? dayList(f.crossTraining) : 'your run days'}, 20 to 30 minutes.`, values: { days: f.crossTraining } });
  }
  if (f.noRuns === 'postpartum' && a.runDays.length > 0) {
    notes.push({ id: 'runs-postpartum', text: `No running yet so soon after giving birth: brisk walks take ${dayList(f.crossTraining)}, with the strength work.`, values: { days: f.crossTraining } });
  }
  if (f.restAdded) {
    notes.push({ id: 'rest-day-added', text: `You run every day, so ${DAY_NAMES[f.restAdded]} becomes a rest day: one easy day a week helps the body recover.`, values: { restDay: f.restAdded } });
  }
  if (f.spacedOut.length > 0) {
    notes.push({ id: 'run-walk-spacing', text: `Run/walk sessions need two days between them, so ${dayList(f.spacedOut)} ${isAre(f.spacedOut)} not a run day this week.`, values: { days: f.spacedOut } });
  }
  if (f.thinnedOut.length > 0) {
    notes.push({ id: 'fewer-runs', text: `No run is shorter than ${formatDistance(DISTANCE.minRunKm, units)}, so this week's distance goes into fewer runs: ${dayList(f.thinnedOut)} ${isAre(f.thinnedOut)} not a run day.`, values: { days: f.thinnedOut } });
  }
  if (f.crossLimited) {
    notes.push({ id: 'cross-limited', text: `While distance holds, cross-training stays easy and keeps to ${dayList(f.crossTraining)}, so the week's load does not climb.`, values: { days: f.crossTraining } });
  }
  return notes;
}

/** Notes on what the week's routine did and why. Each names only what the week really does. */
export function weekNotes(a: Answers, ctx: RoutineContext, f: WeekFacts): Note[] {
  const d = distanceWords(ctx.units);
  const notes: Note[] = [...shapeNotes(a, f, ctx.units), ...distanceNote(a, ctx, f), ...standingStartNote(a, f, ctx.units), ...shoeNotes(a, d), ...conflictNotes(a, f, d)];
  if (ctx.likely.has('past-injury')) {
    notes.push({ id: 'gait-check', text: 'An old injury can leave a changed stride behind. A gait check with a physiotherapist or running coach is worth booking.' });
  }
  if (a.eases === 'leaning-back') {
    notes.push({ id: 'eases-leaning-back', text: 'Leaning back eases your back, so the plan leaves out long forward bends and adds gentle back bends.' });
  } else if (a.eases === 'bending-forward') {
    notes.push({ id: 'eases-bending-forward', text: 'Bending forward eases your back, so the plan leaves out back bends and keeps the forward stretches.' });
  }
  if (ctx.gentle) {
    notes.push({ id: 'gentle', text: 'Gentle this week: first versions of each move at easy doses, and no jumping drills. Stop any move that sends pain or tingling down a leg.' });
  }
  if (a.age === null) {
    notes.push({ id: 'age-not-given', text: 'You left out your age, so the checks that depend on it (back pain starting over 50 or under 20, and the inflammatory pattern) were skipped.' });
  }
  return notes;
}
