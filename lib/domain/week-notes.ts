import type { Answers } from '../schemas/answers';
import { SEVERE_PAIN, type RoutineContext } from './routine-context';
import type { Note, Safety } from '../schemas/plan';
import { RUN_WALK_BELOW } from './plan-runs';
import { formatDistance, type DistanceWords } from './units';

/** Shoe distance at which most pairs need replacing, and where to start looking. */
export const SHOE_REPLACE_KM = 800;
export const SHOE_WATCH_KM = 500;

/** Notes about shoes: upkeep only, never inserts. */
export function shoeNotes(a: Answers, d: DistanceWords): Note[] {
  if (a.shoeKm >= SHOE_REPLACE_KM) {
    return [{ id: 'shoes-replace', text: `Your shoes have about ${d.about(a.shoeKm)} on them. Most pairs are spent by ${d.shoeReplace}: time for a new pair with arch and heel support that fits you.` }];
  }
  if (a.shoeKm >= SHOE_WATCH_KM) {
    return [{ id: 'shoes-near', text: `Your shoes have about ${d.about(a.shoeKm)} on them. Plan a new pair before ${d.shoeReplace}, sooner if they feel flat.` }];
  }
  if (a.shoeSupport === 'worn') {
    return [{ id: 'shoes-worn', text: 'Your shoes feel worn. Try on a new pair whose arch and heel support fit your feet.' }];
  }
  return [];
}

/** Notes about answers that do not sit well together, and what the plan did about them. */
export function conflictNotes(a: Answers, d: DistanceWords): Note[] {
  const notes: Note[] = [];
  if (a.runDays.length === 0 && a.weeklyKm > 0) {
    notes.push({ id: 'no-run-days', text: `You run about ${d.about(a.weeklyKm)} a week but picked no run days, so this week has none. Choose your run days to get them back.` });
  } else if (a.runDays.length === 0) {
    notes.push({ id: 'no-run-days', text: 'No run days picked: this week is strength, cross-training and rest.' });
  }
  if (a.weeklyKm >= RUN_WALK_BELOW.weeklyKm && a.longestRunKm < RUN_WALK_BELOW.longestRunKm) {
    notes.push({ id: 'longest-run-short', text: 'You run each week but gave under 1 km as your longest run, so runs restart gently as run/walk sessions.' });
  }
  if (a.weeklyKm > 0 && a.longestRunKm > a.weeklyKm * 4) {
    notes.push({ id: 'longest-run-high', text: 'Your longest run is far beyond your usual week; runs follow your weekly distance, not that one-off.' });
  }
  return notes;
}

/** The referral, as a note the surfaces print. */
export function referralNotes(safety: Safety): Note[] {
  return safety.referral ? [{ id: 'referral', text: safety.messages.join(' ') }] : [];
}

/** Notes on what the week's routine did and why: paused runs, held distance, run/walk, an old injury, gentleness. */
export function routineNotes(a: Answers, ctx: RoutineContext, week: { runCapKm: number; runWalk: boolean; runsPlanned: boolean }, d: DistanceWords): Note[] {
  const notes: Note[] = [];
  if (a.painLevel >= SEVERE_PAIN && a.runDays.length > 0) {
    notes.push({ id: 'runs-paused', text: `Pain at ${a.painLevel}/10 means runs pause this week; easy cross-training takes their place until it settles below 7.` });
  }
  if (ctx.likely.has('overtraining') && week.runCapKm > 0) {
    const how = a.weeklyIncreasePct > 10 ? 'drops 10 % to' : 'holds at';
    notes.push({ id: 'distance-hold', text: `Distance has been climbing fast, so this week ${how} ${formatDistance(week.runCapKm, ctx.units)}. After that, add no more than 5 % a week.` });
  }
  if (week.runWalk && week.runsPlanned) {
    notes.push({ id: 'run-walk', text: 'Runs start as run/walk intervals, two days apart, building to continuous running over a few weeks.' });
  }
  notes.push(...shoeNotes(a, d), ...conflictNotes(a, d));
  if (ctx.likely.has('past-injury')) {
    notes.push({ id: 'gait-check', text: 'An old injury can leave a changed stride behind. A gait check with a physiotherapist or running coach is worth booking.' });
  }
  if (ctx.gentle && ctx.likely.has('spinal-condition')) {
    notes.push({ id: 'gentle', text: 'The plan sticks to gentle, low-load moves. Stop any move that sends pain or tingling down a leg.' });
  }
  return notes;
}
