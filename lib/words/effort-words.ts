import type { Session } from '../schemas/plan';

/** How hard a run should feel: every run in the programme is easy, and this is how to tell. */
export const RUN_EFFORT = 'easy: you can talk in full sentences';

/** The effort cue for a session, or null for a session that needs none. */
export function effortCue(s: Session): string | null {
  return s.kind === 'run' ? RUN_EFFORT : null;
}
