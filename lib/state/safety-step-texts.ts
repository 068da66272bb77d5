// The questionnaire's outline and its first (safety) step's words, as the popup's components reach them.
export { QUESTION_STEPS } from '../../data/question-steps';
export { RED_FLAG_QUESTION } from '../../data/safety-questions';
export { RECHECK_FLAGS } from '../domain/emergency-recheck';
