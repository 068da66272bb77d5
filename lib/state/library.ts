import { EXERCISES } from '../../data/exercises';
import { FIGURES } from '../../data/figures';
import type { Exercise } from '../schemas/exercise';
import type { Figure } from '../schemas/pose';

const BY_ID = new Map(EXERCISES.map((ex) => [ex.id, ex]));

/** The exercise library as the extension's pages use it. */
export const LIBRARY = { exercises: EXERCISES, figures: FIGURES as Readonly<Record<string, Figure>> };

/** An exercise by id, with its figure. */
export function lookUpExercise(id: string): { exercise: Exercise; figure: Figure } | null {
  const exercise = BY_ID.get(id);
  const figure = exercise ? LIBRARY.figures[exercise.figure] : undefined;
  return exercise && figure ? { exercise, figure } : null;
}
