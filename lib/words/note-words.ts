import type { Day } from '../schemas/answers';
import type { Note } from '../schemas/plan';
import type { NoteData, NoteId, Values } from '../schemas/plan-data';
import { DISTANCE, PAIN, REFER } from '../schemas/thresholds';
import type { Units } from '../schemas/settings';
import { distanceWords, formatDistance, type DistanceWords } from '../domain/units';
import { DAY_NAMES } from '../domain/week-days';

/** Percentages as the notes say them, from the factors the rules use. */
const GROWTH_PCT = Math.round((DISTANCE.weeklyGrowth - 1) * 100);
const RED_PCT = Math.round(DISTANCE.redCut * 100);
const CUT_PCT = Math.round((1 - DISTANCE.overtrainingCut) * 100);
const RUN_LIMIT_PCT = Math.round((DISTANCE.singleRunLimit - 1) * 100);

/** "Tuesday, Thursday and Saturday" */
export function dayList(days: readonly string[]): string {
  const names = days.map((d) => DAY_NAMES[d as Day]);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

interface Say {
  v: Values;
  units: Units;
  d: DistanceWords;
  km: (key: string) => string;
}

const RUN_WALK_WHY: Record<string, string> = {
  cleared: 'After a warning sign a clinician has cleared',
  stopped: 'After a week or more without running',
  'short-longest': 'With no recent run long enough to build on',
};

/** Each note in plain words, from its facts. */
const NOTE_WORDS: Record<NoteId, (s: Say) => string> = {
  'runs-paused': ({ v }) =>
    `Pain at ${v.pain}/10${v.allDay ? ' for most of the day' : ''} means no runs this week: easy cross-training takes ${(v.days as string[]).length > 0 ? dayList(v.days as string[]) : 'your run days'}, 20 to 30 minutes.`,
  'runs-postpartum': ({ v }) => `No running yet so soon after giving birth: brisk walks on ${dayList(v.days as string[])}, with the strength work.`,
  'rest-day-added': ({ v }) => `You run every day, so ${dayList([v.restDay as string])} becomes a rest day: one easy day a week helps the body recover.`,
  'run-walk-spacing': ({ v }) => `Run/walk sessions need a day off between them (48 hours), so there is no run on ${dayList(v.days as string[])} this week.`,
  'fewer-runs': ({ v, units }) => `No run is shorter than ${formatDistance(DISTANCE.minRunKm, units)}, so this week's distance goes into fewer runs: no run on ${dayList(v.days as string[])}.`,
  'cross-limited': ({ v }) =>
    `${v.how === 'down' ? 'While distance comes down' : v.how === 'low' ? 'While your running is low' : 'While distance holds'}, cross-training stays easy and keeps to ${dayList(v.days as string[])}, so the week's load does not climb.`,
  'distance-red': ({ v, km }) => `With pain at ${v.pain}/10, runs drop to ${RED_PCT} % of last week, ${km('km')} at most, and everything else stays gentle.`,
  'distance-amber': ({ v, km }) => `With pain at ${v.pain}/10, distance holds at last week's ${km('km')} and jumping drills give way to low-impact ones.`,
  'distance-pregnancy': ({ km }) => `While you are pregnant, distance holds at ${km('km')}: no growth.`,
  'distance-comeback': ({ v, km }) =>
    v.first ? `You have cut back by half or more, so this week stays at ${km('km')}, with no growth yet.` : `Back from a cut-back, the cap grows by ${GROWTH_PCT} % a week: ${km('km')} at most this week.`,
  'distance-cut': ({ v, km }) =>
    v.first
      ? `Your distance has been rising by about ${Math.round(v.pct as number)} % a week, so this week drops ${CUT_PCT} % to ${km('km')}. After that, add no more than ${GROWTH_PCT} % a week.`
      : `After the cut in week 1, the cap grows by no more than ${GROWTH_PCT} % a week: ${km('km')} at most this week.`,
  'distance-hold': ({ v, km }) =>
    v.first
      ? `To give your back time to recover, distance holds at ${km('km')} this week. After that, add no more than ${GROWTH_PCT} % a week.`
      : `The cap grows by no more than ${GROWTH_PCT} % a week: ${km('km')} at most this week.`,
  'distance-grow': ({ km }) => `Up to ${km('km')} this week. The cap grows ${GROWTH_PCT} % a week while pain stays at ${PAIN.amberFrom - 1}/10 or below.`,
  'distance-log': ({ km }) => `Up to ${km('km')} this week, set from what you logged last week.`,
  'distance-flare': ({ km }) => `After your flare, runs ease to ${RED_PCT} % of this week's cap for the rest of the week: ${km('km')} at most.`,
  'morning-halved': ({ v, km }) =>
    v.repeats !== undefined
      ? `Your back was worse than usual this morning, so today's run/walk is shorter: ${v.repeats} ${v.repeats === 1 ? 'round' : 'rounds'}.`
      : `Your back was worse than usual this morning, so today's run is halved to ${km('km')}.`,
  'morning-no-run': ({ v }) =>
    v.worse
      ? 'Your back was worse than usual this morning and half of today\'s run would be too short, so it is easy cross-training instead.'
      : `Morning pain at ${v.pain}/10 means no run today: easy cross-training for ${DISTANCE.easyCrossMinutes.min} minutes if it feels fine, or rest. If it stays at ${PAIN.pauseFrom}/10 or more, book a physiotherapist or GP.`,
  'amber-drills': ({ v }) => `With pain at ${v.pain}/10, jumping drills give way to low-impact ones.`,
  'run-limit': ({ km }) => `No run goes more than ${RUN_LIMIT_PCT} % past your longest recent run, so each run stops at ${km('runLimitKm')} and this week's runs add up to ${km('plannedKm')}.`,
  'run-walk': ({ v, units }) => {
    const days = v.days as string[];
    const where = `on ${dayList(days)}${days.length > 1 ? ', with a day off between them' : ''}`;
    if (v.why === 'pregnant') return `Run/walk intervals ${where}, kept at the first step while you are pregnant.`;
    if (v.why === 'building') return `Run/walk intervals ${where}: a little more running each week, building towards continuous running.`;
    const why = v.why === 'low-weekly' ? `With under ${formatDistance(DISTANCE.standingStartBelowKm, units)} last week` : RUN_WALK_WHY[v.why as string];
    return `${why}, runs restart as run/walk intervals ${where}, building towards continuous running.`;
  },
  'shoes-replace': ({ v, d }) => `Your shoes have about ${d.about(v.shoeKm as number)} on them${v.worn ? ' and feel worn' : ''}. Time for a new pair with arch and heel support that fits you.`,
  'shoes-worn': () => 'Your shoes feel worn. Try on a new pair whose arch and heel support fit your feet.',
  'shoes-near': ({ v, d }) => `Your shoes have about ${d.about(v.shoeKm as number)} on them. Plan a new pair before ${d.shoeReplace}, sooner if they start to feel flat.`,
  'no-run-days': ({ v, d }) =>
    (v.weeklyKm as number) > 0
      ? `You run about ${d.about(v.weeklyKm as number)} a week but picked no run days, so this week has none. Choose your run days to get them back.`
      : 'No run days picked: this week is strength, cross-training and rest.',
  'longest-run-high': () => 'Your longest run is far beyond your usual week; runs follow your weekly distance, not that one-off.',
  'gait-check': () => 'An old injury can leave a changed stride behind. A gait check with a physiotherapist or running coach is worth booking.',
  'eases-leaning-back': ({ v }) => `Leaning back eases your back, so the plan leaves out long forward bends${v.addsElbows ? ' and adds lying on your elbows to the cool-down' : ''}.`,
  'eases-bending-forward': ({ v }) => `Bending forward eases your back, so the plan leaves out back bends${v.keepsForward ? ' and keeps the forward stretches' : ''}.`,
  gentle: () => 'Gentle this week: first versions of each move at easy doses, and no jumping drills. Stop any move that sends pain or tingling down a leg.',
  'age-not-given': ({ v }) =>
    v.trauma
      ? `You didn't give your age, so some checks were skipped. If you are ${REFER.traumaUrgentFrom} or over, pain after a fall or knock needs a doctor today.`
      : `You didn't give your age, so some checks were skipped. If you are ${REFER.olderFrom} or over, or under ${REFER.youngerBelow}, and the pain has lasted ${REFER.agePainWeeks} weeks or more, show it to a GP.`,
};

/** A note as the runner reads it, in their units; its facts stay beside it. */
export function noteWords(note: NoteData, units: Units): Note {
  const d = distanceWords(units);
  const say: Say = { v: note.values, units, d, km: (key) => formatDistance(note.values[key] as number, units) };
  return { id: note.id, text: NOTE_WORDS[note.id](say), values: note.values as Note['values'] };
}
