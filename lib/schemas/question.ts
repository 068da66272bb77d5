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
  | {
      /** A number that may be left out: an empty box (or the `notTriedLabel` box ticked) stores null. */
      kind: 'optional-number';
      label: string;
      hint?: string;
      unit: string;
      min: number;
      max: number;
      step: number;
      /** A checkbox beside the box that stores null: "I didn't try". */
      notTriedLabel?: string;
      /** Said when the number typed is not allowed. */
      invalid: string;
    }
  | { kind: 'choice' | 'multi' | 'days'; label: string; hint?: string; options: readonly QuestionOption[] }
  | {
      /** The red flags: symptoms felt now under `label`, things that happened under `historyLabel`. */
      kind: 'flags';
      label: string;
      historyLabel: string;
      hint?: string;
      options: readonly QuestionOption[];
    }
  | { kind: 'yes-no'; label: string; hint?: string };

export interface QuestionStep {
  id: string;
  title: string;
  intro: string;
  fields: readonly AskedField[];
}

/** The answer fields the questionnaire asks; `clearedFlags` is set by the stop screen instead. */
export type AskedField = Exclude<AnswerField, 'clearedFlags'>;
