import { MAX_AGE, SHOES } from '../lib/schemas/thresholds';
import type { AskedField, Question } from '../lib/schemas/question';
import { RED_FLAG_QUESTION } from './safety-questions';

export { QUESTION_STEPS } from './question-steps';

/** How each answer is asked, in the product's own words. (`clearedFlags` is set by the stop screen.) */
export const QUESTIONS: Record<AskedField, Question> = {
  redFlags: RED_FLAG_QUESTION,
  riskFactors: {
    kind: 'multi',
    label: 'Does any of this apply to you?',
    hint: 'Leave them all unticked if none do.',
    options: [
      { value: 'steroids', label: 'You take steroid tablets long-term' },
      { value: 'osteoporosis', label: 'You have osteoporosis, or have broken a bone in a minor fall' },
      { value: 'immune-weak', label: 'Your immune system is weakened (by an illness or medicines), you are having chemotherapy, or you inject drugs' },
    ],
  },
  age: {
    kind: 'optional-number',
    label: 'Your age',
    hint: 'Optional: some checks depend on it. Leave it empty if you would rather not say.',
    unit: 'years',
    min: 0,
    max: MAX_AGE,
    step: 1,
    invalid: `Enter your age in whole years (up to ${MAX_AGE}), or leave it empty.`,
  },
  pregnancy: {
    kind: 'choice',
    label: 'Are you pregnant, or have you given birth in the last year?',
    options: [
      { value: 'no', label: 'No' },
      { value: 'pregnant-under-16-weeks', label: 'Pregnant, less than 16 weeks' },
      { value: 'pregnant-16-weeks-plus', label: 'Pregnant, 16 weeks or more' },
      { value: 'postpartum-under-12-weeks', label: 'Gave birth less than 12 weeks ago' },
      { value: 'postpartum-under-12-months', label: 'Gave birth 12 weeks to a year ago' },
    ],
  },
  painLevel: { kind: 'scale', label: 'Worst back pain in the last 7 days', min: 0, max: 10, lowLabel: 'no pain', highLabel: 'the worst imaginable' },
  painWeeks: { kind: 'number', label: 'Weeks it has been going on', unit: 'weeks', min: 0, max: 520, step: 1 },
  painWhen: {
    kind: 'multi',
    label: 'When does it hurt?',
    options: [
      { value: 'during-run', label: 'During runs' },
      { value: 'after-run', label: 'After runs' },
      { value: 'next-morning', label: 'The next morning' },
      { value: 'sitting', label: 'When sitting' },
      { value: 'all-day', label: 'It aches most of the day, but moving or changing position eases it' },
    ],
  },
  painWhere: {
    kind: 'multi',
    label: 'Where is it?',
    options: [
      { value: 'centre', label: 'In the middle' },
      { value: 'one-side', label: 'On one side' },
      { value: 'buttock', label: 'Into the buttock' },
      { value: 'below-knee', label: 'Down the leg, past the knee' },
    ],
  },
  morningStiffness: {
    kind: 'choice',
    label: 'How stiff is your back when you get up?',
    options: [
      { value: 'none', label: 'Not stiff' },
      { value: 'short', label: 'Stiff, but it eases within half an hour' },
      { value: 'long', label: 'Stiff for more than half an hour, easing as I move' },
    ],
  },
  nightWaking: { kind: 'yes-no', label: 'Does back pain wake you in the second half of the night?' },
  eases: {
    kind: 'choice',
    label: 'Which eases your back more?',
    hint: 'Only try what does not hurt.',
    options: [
      { value: 'bending-forward', label: 'Bending forward or sitting down' },
      { value: 'leaning-back', label: 'Leaning back or standing tall' },
      { value: 'neither', label: 'Neither helps' },
      { value: 'unsure', label: 'Not sure' },
    ],
  },
  weeklyKm: { kind: 'distance', label: 'How far did you run last week?', min: 0, max: 300, step: 1 },
  weeklyIncreasePct: { kind: 'number', label: 'How much you have added each week lately', hint: 'Use a minus sign if you have cut back.', unit: '%', min: -100, max: 200, step: 1 },
  longestRunKm: { kind: 'distance', label: 'Longest run in the last 30 days', min: 0, max: 200, step: 0.5 },
  runDays: {
    kind: 'days',
    label: 'Days you run',
    options: [
      { value: 'mon', label: 'Mon' }, { value: 'tue', label: 'Tue' }, { value: 'wed', label: 'Wed' }, { value: 'thu', label: 'Thu' },
      { value: 'fri', label: 'Fri' }, { value: 'sat', label: 'Sat' }, { value: 'sun', label: 'Sun' },
    ],
  },
  shoeKm: {
    kind: 'distance',
    label: 'Distance on this pair',
    hint: `A guess is fine; most pairs last ${SHOES.watchKm} to ${SHOES.replaceKm} km (${SHOES.watchMi} to ${SHOES.replaceMi} miles).`,
    min: 0,
    max: 5000,
    step: 10,
  },
  shoeSupport: {
    kind: 'choice',
    label: 'How does the arch and heel support feel?',
    options: [
      { value: 'good', label: 'Still good' },
      { value: 'worn', label: 'Worn or flat' },
      { value: 'unsure', label: 'Not sure' },
    ],
  },
  plankSeconds: {
    kind: 'optional-number',
    label: 'How long can you hold a front plank with good form?',
    hint: 'Stop as soon as your form slips or your back complains.',
    unit: 'seconds',
    min: 0,
    max: 600,
    step: 5,
    notTriedLabel: "I didn't try",
    invalid: 'Enter the seconds you held it (up to 600), or tick "I didn\'t try".',
  },
  toeTouch: {
    kind: 'choice',
    label: 'Standing, knees straight: can you touch your toes?',
    options: [
      { value: 'easily', label: 'Easily' },
      { value: 'just', label: 'Just' },
      { value: 'no', label: 'No' },
      { value: 'not-tried', label: "Didn't try" },
    ],
  },
  sittingHours: { kind: 'number', label: 'Hours sitting on a usual day', unit: 'hours', min: 0, max: 24, step: 0.5 },
  runningPosture: {
    kind: 'choice',
    label: 'When you run, do you tend to…',
    options: [
      { value: 'upright', label: 'Run tall' },
      { value: 'hunched', label: 'Hunch forward' },
      { value: 'leaning-back', label: 'Lean back' },
      { value: 'unsure', label: 'Not sure' },
    ],
  },
  pastInjury: { kind: 'yes-no', label: 'A foot, ankle, knee or hip injury in the last two years that changed how you run?' },
  legLength: {
    kind: 'choice',
    label: 'Has a clinician told you one leg is longer?',
    options: [
      { value: 'no', label: 'No' },
      { value: 'yes', label: 'Yes' },
      { value: 'unsure', label: 'Not sure' },
    ],
  },
  spinalDiagnosis: {
    kind: 'choice',
    label: 'Has a clinician diagnosed a back condition?',
    options: [
      { value: 'none', label: 'No' },
      { value: 'herniated-disc', label: 'Herniated (slipped) disc' },
      { value: 'sciatica', label: 'Sciatica' },
      { value: 'degenerative-disc', label: 'Degenerative disc' },
      { value: 'other', label: 'Something else' },
    ],
  },
};
