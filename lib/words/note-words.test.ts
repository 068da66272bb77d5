import { describe, expect, it } from 'vitest';
import type { NoteId, Values } from '../schemas/plan-data';
import type { Units } from '../schemas/settings';
import { dayList, noteWords } from './note-words';

describe('dayList', () => {
  it.each<[string[], string]>([
    [[], ''],
    [['mon'], 'Monday'],
    [['tue', 'sun'], 'Tuesday and Sunday'],
    [['tue', 'thu', 'sat'], 'Tuesday, Thursday and Saturday'],
  ])('%j reads "%s"', (days, text) => expect(dayList(days)).toBe(text));
});

// Every note, and each branch of its sentence, word for word: the thresholds it quotes (5 %, 80 %,
// 1.5 km, 50 or over) are written out here, so a changed constant or a dropped clause shows.
describe('noteWords', () => {
  it.each<[NoteId, Values, Units, string]>([
    ['runs-paused', { pain: 7, allDay: true, days: ['tue', 'thu'] }, 'km', 'Pain at 7/10 for most of the day means no runs this week: easy cross-training takes Tuesday and Thursday, 20 to 30 minutes.'],
    ['runs-paused', { pain: 8, allDay: false, days: [] }, 'km', 'Pain at 8/10 means no runs this week: easy cross-training takes your run days, 20 to 30 minutes.'],
    ['runs-postpartum', { days: ['mon', 'wed', 'fri'] }, 'km', 'No running yet so soon after giving birth: brisk walks on Monday, Wednesday and Friday, with the strength work.'],
    ['rest-day-added', { restDay: 'sun' }, 'km', 'You run every day, so Sunday becomes a rest day: one easy day a week helps the body recover.'],
    ['run-walk-spacing', { days: ['wed'] }, 'km', 'Run/walk sessions need a day off between them (48 hours), so there is no run on Wednesday this week.'],
    ['fewer-runs', { days: ['fri', 'sat'] }, 'km', 'No run is shorter than 1.5 km, so this week\'s distance goes into fewer runs: no run on Friday and Saturday.'],
    ['fewer-runs', { days: ['fri'] }, 'mi', 'No run is shorter than 0.9 mi, so this week\'s distance goes into fewer runs: no run on Friday.'],
    ['cross-limited', { how: 'down', days: ['tue'] }, 'km', 'While distance comes down, cross-training stays easy and keeps to Tuesday, so the week\'s load does not climb.'],
    ['cross-limited', { how: 'low', days: ['tue'] }, 'km', 'While your running is low, cross-training stays easy and keeps to Tuesday, so the week\'s load does not climb.'],
    ['cross-limited', { how: 'hold', days: ['tue'] }, 'km', 'While distance holds, cross-training stays easy and keeps to Tuesday, so the week\'s load does not climb.'],
    ['distance-red', { pain: 6, km: 8 }, 'km', 'With pain at 6/10, runs drop to 80 % of last week, 8 km at most, and everything else stays gentle.'],
    ['distance-amber', { pain: 5, km: 10 }, 'km', 'With pain at 5/10, distance holds at last week\'s 10 km and jumping drills give way to low-impact ones.'],
    ['distance-pregnancy', { km: 12 }, 'km', 'While you are pregnant, distance holds at 12 km: no growth.'],
    ['distance-comeback', { first: true, km: 9 }, 'km', 'You have cut back by half or more, so this week stays at 9 km, with no growth yet.'],
    ['distance-comeback', { first: false, km: 9.45 }, 'km', 'Back from a cut-back, the cap grows by 5 % a week: 9.5 km at most this week.'],
    ['distance-cut', { first: true, pct: 20.4, km: 18 }, 'km', 'Your distance has been rising by about 20 % a week, so this week drops 10 % to 18 km. After that, add no more than 5 % a week.'],
    ['distance-cut', { first: false, km: 18.9 }, 'km', 'After the cut in week 1, the cap grows by no more than 5 % a week: 18.9 km at most this week.'],
    ['distance-hold', { first: true, km: 20 }, 'km', 'To give your back time to recover, distance holds at 20 km this week. After that, add no more than 5 % a week.'],
    ['distance-hold', { first: false, km: 21 }, 'km', 'The cap grows by no more than 5 % a week: 21 km at most this week.'],
    ['distance-grow', { km: 21 }, 'km', 'Up to 21 km this week. The cap grows 5 % a week while pain stays at 3/10 or below.'],
    ['distance-log', { km: 14 }, 'km', 'Up to 14 km this week, set from what you logged last week.'],
    ['distance-flare', { km: 16.8 }, 'km', 'After your flare, runs ease to 80 % of this week\'s cap for the rest of the week: 16.8 km at most.'],
    ['morning-halved', { repeats: 1 }, 'km', 'Your back was worse than usual this morning, so today\'s run/walk is shorter: 1 round.'],
    ['morning-halved', { repeats: 3 }, 'km', 'Your back was worse than usual this morning, so today\'s run/walk is shorter: 3 rounds.'],
    ['morning-halved', { km: 3 }, 'km', 'Your back was worse than usual this morning, so today\'s run is halved to 3 km.'],
    ['morning-no-run', { worse: true }, 'km', 'Your back was worse than usual this morning and half of today\'s run would be too short, so it is easy cross-training instead.'],
    ['morning-no-run', { worse: false, pain: 7 }, 'km', 'Morning pain at 7/10 means no run today: easy cross-training for 20 minutes if it feels fine, or rest. If it stays at 7/10 or more, book a physiotherapist or GP.'],
    ['amber-drills', { pain: 4 }, 'km', 'With pain at 4/10, jumping drills give way to low-impact ones.'],
    ['run-limit', { runLimitKm: 11, plannedKm: 30 }, 'km', 'No run goes more than 10 % past your longest recent run, so each run stops at 11 km and this week\'s runs add up to 30 km.'],
    ['run-walk', { why: 'pregnant', days: ['mon'] }, 'km', 'Run/walk intervals on Monday, kept at the first step while you are pregnant.'],
    ['run-walk', { why: 'building', days: ['mon', 'thu'] }, 'km', 'Run/walk intervals on Monday and Thursday, with a day off between them: a little more running each week, building towards continuous running.'],
    ['run-walk', { why: 'low-weekly', days: ['mon', 'wed', 'fri'] }, 'km', 'With under 2 km last week, runs restart as run/walk intervals on Monday, Wednesday and Friday, with a day off between them, building towards continuous running.'],
    ['run-walk', { why: 'low-weekly', days: ['mon'] }, 'mi', 'With under 1.2 mi last week, runs restart as run/walk intervals on Monday, building towards continuous running.'],
    ['run-walk', { why: 'cleared', days: ['sat'] }, 'km', 'After a warning sign a clinician has cleared, runs restart as run/walk intervals on Saturday, building towards continuous running.'],
    ['run-walk', { why: 'stopped', days: ['sat'] }, 'km', 'After a week or more without running, runs restart as run/walk intervals on Saturday, building towards continuous running.'],
    ['run-walk', { why: 'short-longest', days: ['sat'] }, 'km', 'With no recent run long enough to build on, runs restart as run/walk intervals on Saturday, building towards continuous running.'],
    ['shoes-replace', { shoeKm: 900, worn: true }, 'km', 'Your shoes have about 900 km on them and feel worn. Time for a new pair with arch and heel support that fits you.'],
    ['shoes-replace', { shoeKm: 900, worn: false }, 'mi', 'Your shoes have about 559 mi on them. Time for a new pair with arch and heel support that fits you.'],
    ['shoes-worn', {}, 'km', 'Your shoes feel worn. Try on a new pair whose arch and heel support fit your feet.'],
    ['shoes-near', { shoeKm: 650 }, 'km', 'Your shoes have about 650 km on them. Plan a new pair before 800 km, sooner if they start to feel flat.'],
    ['shoes-near', { shoeKm: 650 }, 'mi', 'Your shoes have about 404 mi on them. Plan a new pair before 500 mi, sooner if they start to feel flat.'],
    ['no-run-days', { weeklyKm: 20 }, 'km', 'You run about 20 km a week but picked no run days, so this week has none. Choose your run days to get them back.'],
    ['no-run-days', { weeklyKm: 0 }, 'km', 'No run days picked: this week is strength, cross-training and rest.'],
    ['longest-run-high', {}, 'km', 'Your longest run is far beyond your usual week; runs follow your weekly distance, not that one-off.'],
    ['gait-check', {}, 'km', 'An old injury can leave a changed stride behind. A gait check with a physiotherapist or running coach is worth booking.'],
    ['eases-leaning-back', { addsElbows: true }, 'km', 'Leaning back eases your back, so the plan leaves out long forward bends and adds lying on your elbows to the cool-down.'],
    ['eases-leaning-back', { addsElbows: false }, 'km', 'Leaning back eases your back, so the plan leaves out long forward bends.'],
    ['eases-bending-forward', { keepsForward: true }, 'km', 'Bending forward eases your back, so the plan leaves out back bends and keeps the forward stretches.'],
    ['eases-bending-forward', { keepsForward: false }, 'km', 'Bending forward eases your back, so the plan leaves out back bends.'],
    ['gentle', {}, 'km', 'Gentle this week: first versions of each move at easy doses, and no jumping drills. Stop any move that sends pain or tingling down a leg.'],
    ['age-not-given', { trauma: true }, 'km', 'You didn\'t give your age, so some checks were skipped. If you are 50 or over, pain after a fall or knock needs a doctor today.'],
    ['age-not-given', { trauma: false }, 'km', 'You didn\'t give your age, so some checks were skipped. If you are 50 or over, or under 20, and the pain has lasted 4 weeks or more, show it to a GP.'],
  ])('%s %j (%s)', (id, values, units, text) => {
    expect(noteWords({ id, values }, units)).toEqual({ id, text, values });
  });
});
