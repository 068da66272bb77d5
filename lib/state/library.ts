import { EXERCISES } from '../../data/exercises';
import { POSES } from '../../data/poses';
import type { Exercise } from '../schemas/exercise';
import type { Pose } from '../schemas/pose';

const BY_ID = new Map(EXERCISES.map((ex) => [ex.id, ex]));

/** The exercise library as the extension's pages use it. */
export const LIBRARY = { exercises: EXERCISES, poses: POSES as Readonly<Record<string, Pose>> };

/** An exercise by id, with its figure. */
export function lookUpExercise(id: string): { exercise: Exercise; pose: Pose } | null {
  const exercise = BY_ID.get(id);
  const pose = exercise ? LIBRARY.poses[exercise.pose] : undefined;
  return exercise && pose ? { exercise, pose } : null;
}
