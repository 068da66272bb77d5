import type { Exercise, ItemType } from '../schemas/exercise';
import type { PlanItem } from '../schemas/plan';
import { GENTLE_MAX_STEP, PLANK } from '../schemas/thresholds';
import type { RoutineContext } from './routine-context';

/** Caps that keep warm-ups near 5 to 8 minutes and strength near 20 to 30. */
export const MAX_CAUSE_EXTRAS: Record<ItemType, number> = { dynamic: 1, strength: 3, static: 1, 'cross-training': 0 };

/** Whether an exercise may appear for this runner this week. */
export function isAllowed(ex: Exercise, ctx: Pick<RoutineContext, 'week' | 'gentle' | 'noHighImpact' | 'conditions'>): boolean {
  // Gentle plans never go past each family's first variant.
  const variantWeek = ctx.gentle ? 1 : ctx.week;
  if (ex.fromWeek > variantWeek) return false;
  if (ex.highImpact && ctx.noHighImpact) return false;
  if (ex.avoid.some((c) => ctx.conditions.has(c))) return false;
  return !ex.onlyWhen || ex.onlyWhen.some((c) => ctx.conditions.has(c));
}

const servesLikely = (ex: Exercise, ctx: RoutineContext) => ex.causes.some((c) => ctx.likely.has(c));

/** Within each family keeps one variant: the most advanced allowed, an alternative beating a plain one of the same week. */
function latestVariants(candidates: readonly Exercise[]): Exercise[] {
  const rank = (ex: Exercise) => ex.fromWeek * 2 + (ex.onlyWhen ? 1 : 0);
  const best = new Map<string, Exercise>();
  for (const ex of candidates) {
    const key = ex.family ?? ex.id;
    const held = best.get(key);
    if (!held || rank(ex) > rank(held)) best.set(key, ex);
  }
  return candidates.filter((ex) => best.get(ex.family ?? ex.id) === ex);
}

/** Where an extra stands: the rank of the highest likely cause it serves. */
function extraRank(ex: Exercise, ctx: RoutineContext): number {
  const ranks = ex.causes.map((c) => ctx.ranked.indexOf(c)).filter((i) => i >= 0);
  return ranks.length > 0 ? Math.min(...ranks) : Number.POSITIVE_INFINITY;
}

/**
 * The exercises of one type for this runner and week: everything meant for everyone, then extras
 * for the likely causes in cause order (highest score first), each family at its most advanced
 * allowed variant.
 */
export function selectExercises(library: readonly Exercise[], type: ItemType, ctx: RoutineContext): Exercise[] {
  const allowed = latestVariants(library.filter((ex) => ex.type === type && isAllowed(ex, ctx)));
  const base = allowed.filter((ex) => ex.selection === 'everyone');
  const extras = allowed
    .filter((ex) => ex.selection === 'likely-cause' && servesLikely(ex, ctx))
    // Array.prototype.sort is stable: equal ranks keep library order.
    .sort((x, y) => extraRank(x, ctx) - extraRank(y, ctx));
  return [...base, ...extras.slice(0, MAX_CAUSE_EXTRAS[type])];
}

/** A week rotates through at most this many kinds of cross-training: enough variety, little to organise. */
export const CROSS_TRAINING_VARIETY = 3;

/** Cross-training options for this runner, those serving a likely cause first. */
export function crossTrainingOptions(library: readonly Exercise[], ctx: RoutineContext): Exercise[] {
  const options = selectExercises(library, 'cross-training', ctx);
  const suited = (ex: Exercise) => servesLikely(ex, ctx) || (ex.id === 'cycling' && ctx.conditions.has('eases-bending-forward'));
  const ranked = [...options.filter(suited), ...options.filter((ex) => !suited(ex))];
  return ranked.slice(0, CROSS_TRAINING_VARIETY);
}

/** The dosage step for this runner: gentle plans stay at most at step 3 while the programme's step advances. */
export const doseStep = (ctx: Pick<RoutineContext, 'week' | 'gentle'>) => (ctx.gentle ? Math.min(ctx.week, GENTLE_MAX_STEP) : ctx.week);

/**
 * An exercise as prescribed this week. A harder variant starts at its own first dose the week it
 * appears. The first week's plank hold is the tested hold when that is shorter (never under 10 s);
 * after that the hold grows from the tested one by 5 s a week until it meets the step's dose (the
 * safer reading: a 10 s plank does not jump to 25 s in week 2).
 */
export function toPlanItem(ex: Exercise, ctx: RoutineContext): PlanItem {
  const step = doseStep(ctx);
  const dose = ex.dosage[step - ex.fromWeek];
  if (!dose) throw new Error(`exercise ${ex.id} has no dosage for step ${step}`);
  const item: PlanItem = { id: ex.id, name: ex.name, type: ex.type, ...dose };
  if (ex.id === 'front-plank' && ctx.plankSeconds !== null && item.seconds !== undefined) {
    const grown = Math.max(PLANK.minHold, Math.floor(ctx.plankSeconds)) + PLANK.weeklyGain * (ctx.week - 1);
    item.seconds = Math.min(item.seconds, grown);
  }
  return item;
}
