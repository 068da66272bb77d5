import type { Exercise, ItemType } from '../schemas/exercise';
import type { PlanItem } from '../schemas/plan';
import type { RoutineContext } from './routine-context';

/** Gentle plans never progress dosage past this week's step. */
export const GENTLE_MAX_STEP = 4;
/** Caps that keep warm-ups near 5 to 8 minutes and strength near 20 to 30. */
export const MAX_CAUSE_EXTRAS: Record<ItemType, number> = { dynamic: 1, strength: 3, static: 1, 'cross-training': 0 };

function isAllowed(ex: Exercise, ctx: RoutineContext): boolean {
  const variantWeek = ctx.gentle ? 1 : ctx.week;
  return ex.fromWeek <= variantWeek && !(ctx.gentle && ex.highImpact) && !ex.avoid.some((c) => ctx.avoid.has(c));
}

const servesLikely = (ex: Exercise, ctx: RoutineContext) => ex.causes.some((c) => ctx.likely.has(c));

/** Within each family keeps only the most advanced allowed variant, in library order. */
function latestVariants(candidates: readonly Exercise[]): Exercise[] {
  const best = new Map<string, Exercise>();
  for (const ex of candidates) {
    const key = ex.family ?? ex.id;
    const held = best.get(key);
    if (!held || ex.fromWeek > held.fromWeek) best.set(key, ex);
  }
  return candidates.filter((ex) => best.get(ex.family ?? ex.id) === ex);
}

/**
 * The exercises of one type for this runner and week: everything meant for everyone,
 * then extras for the likely causes, each family at its most advanced allowed variant.
 */
export function selectExercises(library: readonly Exercise[], type: ItemType, ctx: RoutineContext): Exercise[] {
  const allowed = latestVariants(library.filter((ex) => ex.type === type && isAllowed(ex, ctx)));
  const base = allowed.filter((ex) => ex.selection === 'everyone');
  const extras = allowed.filter((ex) => ex.selection === 'likely-cause' && servesLikely(ex, ctx));
  return [...base, ...extras.slice(0, MAX_CAUSE_EXTRAS[type])];
}

/** A week rotates through at most this many kinds of cross-training: enough variety, little to organise. */
export const CROSS_TRAINING_VARIETY = 3;

/** Cross-training options for this runner, those serving a likely cause first. */
export function crossTrainingOptions(library: readonly Exercise[], ctx: RoutineContext): Exercise[] {
  const options = selectExercises(library, 'cross-training', ctx);
  const ranked = [...options.filter((ex) => servesLikely(ex, ctx)), ...options.filter((ex) => !servesLikely(ex, ctx))];
  return ranked.slice(0, CROSS_TRAINING_VARIETY);
}

/** An exercise as prescribed this week: its dosage at this week's step. */
export function toPlanItem(ex: Exercise, ctx: RoutineContext): PlanItem {
  const step = ctx.gentle ? Math.min(ctx.week, GENTLE_MAX_STEP) : ctx.week;
  const dose = ex.dosage[step - 1];
  if (!dose) throw new Error(`exercise ${ex.id} has no dosage for step ${step}`);
  return { id: ex.id, name: ex.name, type: ex.type, ...dose };
}
