import type { Answers } from '../schemas/answers';
import type { Exercise } from '../schemas/exercise';
import type { PlanItem } from '../schemas/plan';
import { conditionsFor } from './routine-context';

/**
 * The one-minute desk routine for this runner: the desk moves in their given order, at their first
 * dose, leaving out what the runner's conditions rule out (an exercise's `avoid`, which way eases
 * the back, pregnancy). An empty list means: just stand up and move.
 */
export function deskRoutine(a: Answers, library: readonly Exercise[], order: readonly string[]): PlanItem[] {
  const conditions = conditionsFor(a, 1);
  return order.flatMap((id) => {
    const ex = library.find((e) => e.id === id);
    if (!ex || ex.avoid.some((c) => conditions.has(c))) return [];
    if (ex.onlyWhen && !ex.onlyWhen.some((c) => conditions.has(c))) return [];
    return [{ id: ex.id, name: ex.name, type: ex.type, ...ex.dosage[0] }];
  });
}
