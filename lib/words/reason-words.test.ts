import { describe, expect, it } from 'vitest';
import { distanceWords } from '../domain/units';
import type { ReasonId, Values } from '../schemas/plan-data';
import type { Units } from '../schemas/settings';
import { reasonWords } from './reason-words';

// Every reason a cause can give, word for word, with the thresholds it quotes written out.
describe('reasonWords', () => {
  it.each<[ReasonId, Values, Units, string]>([
    ['hunched-form', {}, 'km', 'You see yourself hunching forward when you run, which can load the lower back.'],
    ['leaning-back-form', {}, 'km', 'You lean back when you run, which can arch and load the lower back.'],
    ['hurts-during-run-form', {}, 'km', 'It hurts during runs, when form matters most.'],
    ['hurts-sitting', {}, 'km', 'It hurts when you sit, so desk posture may play a part.'],
    ['long-sitting', { hours: 8.6 }, 'km', 'You sit about 9 hours a day.'],
    ['plank-weak', { seconds: 24.6 }, 'km', 'You hold a plank for 25 s; under 30 s, the core tends to tire before the run ends.'],
    ['plank-fair', { seconds: 45 }, 'km', 'Your 45 s plank is fair; the plan builds towards 60 s and more.'],
    ['hurts-during-run-core', {}, 'km', 'Pain during runs can mean a tired core is letting form slip.'],
    ['shoes-past-replace', { km: 900 }, 'km', 'Your shoes have about 900 km on them: most pairs are worn out by about 800 km.'],
    ['shoes-near-replace', { km: 600 }, 'km', 'Your shoes have about 600 km on them; most lose support between 500 km and 800 km.'],
    ['shoes-near-replace', { km: 600 }, 'mi', 'Your shoes have about 373 mi on them; most lose support between 300 mi and 500 mi.'],
    ['support-worn', {}, 'km', 'The arch and heel support of your shoes feel worn.'],
    ['support-unsure', {}, 'km', 'You are not sure how much support your shoes still give.'],
    ['fast-growth', { pct: 14.6 }, 'km', 'You add about 15 % a week. Quick rises in running are linked with running injuries; the plan adds at most 5 % a week.'],
    ['growth-above-safer', { pct: 8 }, 'km', 'You add about 8 % a week; the plan adds at most 5 % a week.'],
    ['no-rest-day', {}, 'km', 'You run every day, with no day for the body to recover.'],
    ['hurts-next-morning', {}, 'km', 'It hurts the next morning, which can be a sign the last run was more than you had recovered for.'],
    ['single-run-spike', { longestKm: 21, usualKm: 7 }, 'km', 'Your longest recent run (about 21 km) is far beyond your usual run (about 7 km); single runs much longer than usual are linked with running injuries.'],
    ['single-run-spike', { longestKm: 21, usualKm: 7 }, 'mi', 'Your longest recent run (about 13 mi) is far beyond your usual run (about 4 mi); single runs much longer than usual are linked with running injuries.'],
    ['toes-no', {}, 'km', 'You cannot reach your toes, so tight hamstrings may tug on the pelvis.'],
    ['toes-just', {}, 'km', 'You only just reach your toes.'],
    ['sitting-hip-flexors', {}, 'km', 'Long hours sitting can leave the hip flexors tight.'],
    ['diagnosis', { diagnosis: 'herniated-disc' }, 'km', 'A clinician has found a herniated (slipped) disc.'],
    ['diagnosis', { diagnosis: 'sciatica' }, 'km', 'A clinician has found sciatica.'],
    ['diagnosis', { diagnosis: 'degenerative-disc' }, 'km', 'A clinician has found degenerative disc changes.'],
    ['diagnosis', { diagnosis: 'other' }, 'km', 'A clinician has found a back condition.'],
    ['diagnosis', { diagnosis: 'unknown' }, 'km', 'A clinician has found a back condition.'],
    ['below-knee', {}, 'km', 'Pain spreads below the knee, which can mean an irritated nerve.'],
    ['hurts-all-day', {}, 'km', 'It hurts all day, not only around runs.'],
    ['old-injury', {}, 'km', 'A foot, ankle, knee or hip injury in the last two years can change your stride.'],
    ['one-side', {}, 'km', 'The pain sits on one side.'],
    ['leg-length-known', {}, 'km', 'A clinician found a leg-length difference; one over about 2 cm can change your stride.'],
    ['leg-length-unsure-one-side', {}, 'km', 'You are unsure about leg length and the pain sits on one side: worth a check.'],
    ['leg-length-unsure', {}, 'km', 'You are unsure whether your legs differ in length.'],
  ])('%s %j (%s)', (id, values, units, text) => expect(reasonWords({ id, values }, distanceWords(units))).toBe(text));
});
