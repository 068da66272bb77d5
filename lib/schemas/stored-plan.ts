import * as z from 'zod/mini';
import { PlanSchema } from './plan';

/**
 * This week's plan as last built, so the popup can show it without loading the pipeline and the
 * exercise library. `builtFrom` names everything the plan was built from; when it no longer
 * matches, the plan is built again.
 */
export const StoredPlanSchema = z.strictObject({ builtFrom: z.string(), plan: PlanSchema });
export type StoredPlan = z.infer<typeof StoredPlanSchema>;
