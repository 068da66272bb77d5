import type { QuestionStep } from '../lib/schemas/question';
import type { StepId } from './step-ids';

/** The questionnaire, a few fields a step, in STEP_IDS order; the safety screen comes first. */
export const QUESTION_STEPS: readonly (QuestionStep & { id: StepId })[] = [
  {
    id: 'safety',
    title: 'First, a quick safety check',
    intro: 'A few signs mean a doctor should see you before you exercise. Tick each one that is true for you.',
    fields: ['redFlags'],
  },
  { id: 'about', title: 'A little about you', intro: "These don't stop your plan, but they change it.", fields: ['riskFactors', 'age', 'pregnancy'] },
  { id: 'pain', title: 'Your back pain', intro: 'Think about the last week.', fields: ['painLevel', 'painWeeks', 'painWhen', 'painWhere'] },
  { id: 'behaves', title: 'How it behaves', intro: 'Mornings, nights, and what helps.', fields: ['morningStiffness', 'nightWaking', 'eases'] },
  { id: 'running', title: 'Your running', intro: 'Roughly is fine.', fields: ['weeklyKm', 'weeklyIncreasePct', 'longestRunKm', 'runDays'] },
  { id: 'shoes', title: 'Your shoes', intro: 'The pair you run in most.', fields: ['shoeKm', 'shoeSupport'] },
  { id: 'body', title: 'Strength and stretch', intro: 'Two self-checks, only if they do not hurt, and your day.', fields: ['plankSeconds', 'toeTouch', 'sittingHours'] },
  { id: 'history', title: 'Form and history', intro: 'Last step.', fields: ['runningPosture', 'pastInjury', 'legLength', 'spinalDiagnosis'] },
];
