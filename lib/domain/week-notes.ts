import type { Answers, Day } from '../schemas/answers';
import type { Note } from '../schemas/plan';
import { DISTANCE, PAIN, REFER, SHOES } from '../schemas/thresholds';
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
  /** The runs' total, which the single-run limit may keep under the cap. */
  plannedKm: number;
  /** The single-run limit (10 % over the longest recent run), when there are distance runs. */
  runLimitKm: number | null;
}

/** Percentages as the notes say them, from the factors the rules use. */
const GROWTH_PCT = Math.round((DISTANCE.weeklyGrowth - 1) * 100);
const RED_PCT = Math.round(DISTANCE.redCut * 100);
const CUT_PCT = Math.round((1 - DISTANCE.overtrainingCut) * 100);
const RUN_LIMIT_PCT = Math.round((DISTANCE.singleRunLimit - 1) * 100);

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
  if (a.runDays.length === 0 && f.noRuns !== 'postpartum') {
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

/** Why runs are run/walk, and where they are heading. */
function runWalkNote(a: Answers, ctx: RoutineContext, f: WeekFacts): Note[] {
  if (!f.runWalk) return [];
  const days = `on ${dayList(f.runs)}${f.runs.length > 1 ? ', with a day off between them' : ''}`;
  if (a.pregnancy === 'pregnant-under-16-weeks' || a.pregnancy === 'pregnant-16-weeks-plus') {
    return [{ id: 'run-walk', text: `Run/walk intervals ${days}, kept at the first step while you are pregnant.`, values: { days: f.runs } }];
  }
  if (ctx.week > 1) {
    return [{ id: 'run-walk', text: `Run/walk intervals ${days}: a little more running each week, building towards continuous running.`, values: { days: f.runs } }];
  }
  const why = clearanceNeedsRestart(a)
    ? 'After a warning sign a clinician has cleared'
    : a.weeklyIncreasePct <= DISTANCE.stoppedPct || a.weeklyKm === 0
      ? 'After a week or more without running'
      : a.weeklyKm < DISTANCE.standingStartBelowKm
        ? `With under ${formatDistance(DISTANCE.standingStartBelowKm, ctx.units)} last week`
        : 'With no recent run long enough to build on';
  return [{ id: 'run-walk', text: `${why}, runs restart as run/walk intervals ${days}, building towards continuous running.`, values: { days: f.runs } }];
}

/** The week's distance, and the rule that set it. */
function distanceNotes(a: Answers, ctx: RoutineContext, f: WeekFacts): Note[] {
  if (!f.capRule || f.runs.length === 0 || f.runWalk) return [];
  const cap = formatDistance(f.capKm, ctx.units);
  const values = { km: f.capKm };
  const first = ctx.week === 1;
  const notes: Note[] = [];
  switch (f.capRule) {
    case 'red-cut':
      notes.push({ id: 'distance-red', text: `With pain at ${a.painLevel}/10, runs drop to ${RED_PCT} % of last week, ${cap} at most, and everything else stays gentle.`, values });
      break;
    case 'amber-hold':
      notes.push({ id: 'distance-amber', text: `With pain at ${a.painLevel}/10, distance holds at last week's ${cap} and jumping drills give way to low-impact ones.`, values });
      break;
    case 'pregnancy-hold':
      notes.push({ id: 'distance-pregnancy', text: `While you are pregnant, distance holds at ${cap}: no growth.`, values });
      break;
    case 'comeback':
      notes.push({ id: 'distance-comeback', text: first ? `You have cut back by half or more, so this week stays at ${cap}, with no growth yet.` : `Back from a cut-back, the cap grows by ${GROWTH_PCT} % a week: ${cap} at most this week.`, values });
      break;
    case 'overtraining-cut':
      notes.push({ id: 'distance-cut', text: first ? `Your distance has been rising by about ${Math.round(a.weeklyIncreasePct)} % a week, so this week drops ${CUT_PCT} % to ${cap}. After that, add no more than ${GROWTH_PCT} % a week.` : `After the cut in week 1, the cap grows by no more than ${GROWTH_PCT} % a week: ${cap} at most this week.`, values });
      break;
    case 'overtraining-hold':
      notes.push({ id: 'distance-hold', text: first ? `To give your back time to recover, distance holds at ${cap} this week. After that, add no more than ${GROWTH_PCT} % a week.` : `The cap grows by no more than ${GROWTH_PCT} % a week: ${cap} at most this week.`, values });
      break;
    case 'grow':
      notes.push({ id: 'distance-grow', text: `Up to ${cap} this week. The cap grows ${GROWTH_PCT} % a week while pain stays at ${PAIN.amberFrom - 1}/10 or below.`, values });
      break;
  }
  if (ctx.zone === 'amber' && f.capRule !== 'amber-hold') {
    notes.push({ id: 'amber-drills', text: `With pain at ${a.painLevel}/10, jumping drills give way to low-impact ones.` });
  }
  // The single-run limit can keep the runs under the cap: say so, rather than let the cap promise growth.
  if (f.plannedKm < f.capKm - DISTANCE.minRunKm / 10 && f.runLimitKm !== null && f.plannedKm > 0) {
    notes.push({ id: 'run-limit', text: `No run goes more than ${RUN_LIMIT_PCT} % past your longest recent run, so each run stops at ${formatDistance(f.runLimitKm, ctx.units)} and this week's runs add up to ${formatDistance(f.plannedKm, ctx.units)}.`, values: { runLimitKm: f.runLimitKm, plannedKm: f.plannedKm } });
  }
  return notes;
}

/** Notes on the week's shape: no runs, a rest day added, days without a run. */
function shapeNotes(a: Answers, f: WeekFacts, units: RoutineContext['units']): Note[] {
  const notes: Note[] = [];
  if (f.noRuns === 'pause' && a.runDays.length > 0) {
    const why = a.painLevel >= PAIN.pauseFrom ? `Pain at ${a.painLevel}/10` : `Pain at ${a.painLevel}/10 for most of the day`;
    notes.push({ id: 'runs-paused', text: `${why} means no runs this week: easy cross-training takes ${f.crossTraining.length > 0 ? dayList(f.crossTraining) : 'your run days'}, 20 to 30 minutes.`, values: { days: f.crossTraining } });
  }
  if (f.noRuns === 'postpartum') {
    notes.push({ id: 'runs-postpartum', text: `No running yet so soon after giving birth: brisk walks on ${dayList(f.crossTraining)}, with the strength work.`, values: { days: f.crossTraining } });
  }
  if (f.restAdded) {
    notes.push({ id: 'rest-day-added', text: `You run every day, so ${DAY_NAMES[f.restAdded]} becomes a rest day: one easy day a week helps the body recover.`, values: { restDay: f.restAdded } });
  }
  if (f.spacedOut.length > 0) {
    notes.push({ id: 'run-walk-spacing', text: `Run/walk sessions need a day off between them (48 hours), so there is no run on ${dayList(f.spacedOut)} this week.`, values: { days: f.spacedOut } });
  }
  if (f.thinnedOut.length > 0) {
    notes.push({ id: 'fewer-runs', text: `No run is shorter than ${formatDistance(DISTANCE.minRunKm, units)}, so this week's distance goes into fewer runs: no run on ${dayList(f.thinnedOut)}.`, values: { days: f.thinnedOut } });
  }
  if (f.crossLimited) {
    const how = f.capRule === 'overtraining-cut' || f.capRule === 'red-cut' ? 'While distance comes down' : f.runs.length === 0 || f.runWalk ? 'While your running is low' : 'While distance holds';
    notes.push({ id: 'cross-limited', text: `${how}, cross-training stays easy and keeps to ${dayList(f.crossTraining)}, so the week's load does not climb.`, values: { days: f.crossTraining } });
  }
  return notes;
}

/** What "which way eases it" changed, naming only what this week really has. */
function easesNotes(a: Answers, items: ReadonlySet<string>): Note[] {
  if (a.eases === 'leaning-back') {
    const adds = items.has('lying-on-elbows') ? ' and adds lying on your elbows to the cool-down' : '';
    return [{ id: 'eases-leaning-back', text: `Leaning back eases your back, so the plan leaves out long forward bends${adds}.` }];
  }
  if (a.eases === 'bending-forward') {
    const keeps = items.has('childs-pose') ? ' and keeps the forward stretches' : '';
    return [{ id: 'eases-bending-forward', text: `Bending forward eases your back, so the plan leaves out back bends${keeps}.` }];
  }
  return [];
}

/** Notes on what the week's routine did and why. Each names only what the week really does. */
export function weekNotes(a: Answers, ctx: RoutineContext, f: WeekFacts, items: ReadonlySet<string>): Note[] {
  const d = distanceWords(ctx.units);
  const notes: Note[] = [...shapeNotes(a, f, ctx.units), ...distanceNotes(a, ctx, f), ...runWalkNote(a, ctx, f), ...shoeNotes(a, d), ...conflictNotes(a, f, d)];
  if (ctx.likely.has('past-injury')) {
    notes.push({ id: 'gait-check', text: 'An old injury can leave a changed stride behind. A gait check with a physiotherapist or running coach is worth booking.' });
  }
  notes.push(...easesNotes(a, items));
  if (ctx.gentle) {
    notes.push({ id: 'gentle', text: 'Gentle this week: first versions of each move at easy doses, and no jumping drills. Stop any move that sends pain or tingling down a leg.' });
  }
  if (a.age === null) {
    const trauma = a.redFlags.includes('trauma') && !a.clearedFlags.includes('trauma') ? ` If you are ${REFER.traumaUrgentFrom} or over, pain after a fall or knock needs a doctor today.` : '';
    notes.push({ id: 'age-not-given', text: `You left out your age, so the checks that depend on it (back pain at ${REFER.olderFrom} or over or under ${REFER.youngerBelow}, a fall or knock at ${REFER.traumaUrgentFrom} or over, and the inflammatory pattern) were skipped.${trauma}` });
  }
  return notes;
}
