// The questions after the safety step, as the popup's components reach them (data/ binds in lib/state).
// Kept apart from safety-step-texts.ts so a new runner's first screen loads only what it shows.
export { QUESTIONS } from '../../data/questions';
