import type { AnswerField } from './answers';

/** One answer option as the popup shows it. */
export interface QuestionOption {
  value: string;
  label: string;
}

/** How a field is asked. `distance` fields are stored in km and shown in the runner's units. */
export type Question =
  | { kind: 'scale'; label: string; hint?: string; min: number; max: number; lowLabel: string; highLabel: string }
  | { kind: 'number' | 'distance'; label: string; hint?: string; unit?: string; min: number; max: number; step: number }
  | { kind: 'choice' | 'multi' | 'flags' | 'days'; label: string; hint?: string; options: readonly QuestionOption[] }
  | { kind: 'yes-no'; label: string; hint?: string };

export interface QuestionStep {
  id: string;
  title: string;
  intro: string;
  fields: readonly AnswerField[];
}
