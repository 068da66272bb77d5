import { CAUSE_TIE_ORDER, LIKELY_SCORE, type CauseId } from '../schemas/cause';
import type { Checklist, ChecklistItem } from '../schemas/checklist';

/** At most this many items in one list are marked "for you": more and the mark means nothing. */
export const MAX_FOR_YOU = 3;

export interface TailoredItem extends ChecklistItem {
  /** Serves one of the runner's strongest likely causes: shown first and marked. */
  forYou: boolean;
}

/**
 * The list's items with at most MAX_FOR_YOU marked "for you" and shown first: those serving the
 * strongest likely cause come first (score order, ties in CAUSE_TIE_ORDER), then list order.
 */
export function tailorChecklist(list: Checklist, causes: readonly { id: CauseId; score: number }[]): TailoredItem[] {
  const ranked = causes
    .filter((c) => c.score >= LIKELY_SCORE)
    .sort((x, y) => y.score - x.score || CAUSE_TIE_ORDER.indexOf(x.id) - CAUSE_TIE_ORDER.indexOf(y.id))
    .map((c) => c.id);
  const rank = (item: ChecklistItem) => Math.min(...item.causes.map((c) => ranked.indexOf(c)).filter((r) => r >= 0));
  const chosen = list.items
    .map((item, order) => ({ item, order, rank: rank(item) }))
    .filter((x) => Number.isFinite(x.rank))
    .sort((x, y) => x.rank - y.rank || x.order - y.order)
    .slice(0, MAX_FOR_YOU)
    .map((x) => x.item);
  const rest = list.items.filter((i) => !chosen.includes(i));
  return [...chosen.map((i) => ({ ...i, forYou: true })), ...rest.map((i) => ({ ...i, forYou: false }))];
}
