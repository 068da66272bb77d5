import { LIKELY_SCORE, MAX_SHOWN_CAUSES, type CauseId } from '../schemas/cause-ids';

// Apart from the scoring (and its rule table), so a page that only shows a plan loads just these.

/** The causes a surface shows: likely ones only, at most three. */
export function likelyCauses<C extends { id: CauseId; score: number }>(causes: readonly C[]): C[] {
  return allLikelyCauses(causes).slice(0, MAX_SHOWN_CAUSES);
}

/** Every likely cause, in the order given (strongest first), for a surface that can reveal more. */
export function allLikelyCauses<C extends { id: CauseId; score: number }>(causes: readonly C[]): C[] {
  return causes.filter((c) => c.score >= LIKELY_SCORE);
}

/** The ids of every likely cause (all of them, not only the shown three), for routine building. */
export function likelyCauseIds(causes: readonly { id: CauseId; score: number }[]): Set<CauseId> {
  return new Set(causes.filter((c) => c.score >= LIKELY_SCORE).map((c) => c.id));
}
