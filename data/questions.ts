import type { AnswerField } from '../lib/schemas/answers';
import type { Question, QuestionStep } from '../lib/schemas/question';

/** The questionnaire, a few fields a step; the safety screen comes first. */
export const QUESTION_STEPS: readonly QuestionStep[] = [
  { id: 'safety', title: 'First, a quick safety check', intro: 'Tick anything that is true for you right now. Most people tick nothing.', fields: ['redFlags'] },
  { id: 'pain', title: 'Your back pain', intro: 'About the last week or so.', fields: ['painLevel', 'painWeeks', 'painWhen', 'painWhere'] },
  { id: 'running', title: 'Your running', intro: 'Roughly is fine.', fields: ['weeklyKm', 'weeklyIncreasePct', 'longestRunKm', 'runDays'] },
  { id: 'shoes', title: 'Your shoes', intro: 'The pair you run in most.', fields: ['shoeKm', 'shoeSupport'] },
  { id: 'body', title: 'Strength and stretch', intro: 'Two quick self-checks and your day.', fields: ['plankSeconds', 'toeTouch', 'sittingHours'] },
  { id: 'history', title: 'Form and history', intro: 'Last step.', fields: ['runningPosture', 'pastInjury', 'legLength', 'spinalDiagnosis'] },
];

/** How each answer is asked, in the product's own words. */
export const QUESTIONS: Record<AnswerField, Question> = {
  redFlags: {
    kind: 'flags',
    label: 'Any of these?',
    options: [
      { value: 'saddle-numbness', label: 'Numbness around the groin, buttocks or inner thighs' },
      { value: 'bladder-bowel', label: 'New trouble peeing, or leaking pee or poo' },
      { value: 'both-legs', label: 'Weakness, numbness or pins and needles in both legs' },
      { value: 'worsening-weakness', label: 'A leg that is getting weaker' },
      { value: 'fever-unwell', label: 'Fever, or feeling unwell, with the back pain' },
      { value: 'weight-loss', label: 'Weight loss you cannot explain' },
      { value: 'cancer-history', label: 'You have had cancer' },
      { value: 'trauma', label: 'It started after a fall, crash or hard knock' },
      { value: 'night-pain', label: 'Constant pain at night or at rest' },
    ],
  },
  painLevel: { kind: 'scale', label: 'Worst pain on or after a run', min: 0, max: 10, lowLabel: 'none', highLabel: 'worst imaginable' },
  painWeeks: { kind: 'number', label: 'Weeks it has been going on', unit: 'weeks', min: 0, max: 520, step: 1 },
  painWhen: {
    kind: 'multi',
    label: 'When does it hurt?',
    options: [
      { value: 'during-run', label: 'During runs' },
      { value: 'after-run', label: 'After runs' },
      { value: 'next-morning', label: 'The next morning' },
      { value: 'sitting', label: 'When sitting' },
      { value: 'all-day', label: 'All day' },
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
  weeklyKm: { kind: 'distance', label: 'Distance in a usual week', min: 0, max: 300, step: 1 },
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
  shoeKm: { kind: 'distance', label: 'Distance on this pair', hint: 'A guess is fine; most pairs last 500 to 800 km.', min: 0, max: 5000, step: 10 },
  shoeSupport: {
    kind: 'choice',
    label: 'How does the arch and heel support feel?',
    options: [
      { value: 'good', label: 'Still good' },
      { value: 'worn', label: 'Worn or flat' },
      { value: 'unsure', label: 'Not sure' },
    ],
  },
  plankSeconds: { kind: 'number', label: 'How long can you hold a front plank with good form?', unit: 'seconds', min: 0, max: 600, step: 5 },
  toeTouch: {
    kind: 'choice',
    label: 'Standing, knees straight: can you touch your toes?',
    options: [
      { value: 'easily', label: 'Easily' },
      { value: 'just', label: 'Just' },
      { value: 'no', label: 'No' },
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
