/** The questionnaire's steps in order; data/questions.ts gives each its words and fields. */
export const STEP_IDS = ['safety', 'about', 'pain', 'behaves', 'running', 'shoes', 'body', 'history'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** What a profile stored before safety rules v2 answers again before its plan comes back. */
export const RESCREEN_STEP_IDS: readonly StepId[] = ['safety', 'about'];
