import * as z from 'zod/mini';
import { DosageSchema, ItemTypeSchema } from './exercise';

/** One exercise as prescribed this week: which one, and this week's dosage. */
export const PlanItemSchema = z.strictObject({ id: z.string(), name: z.string(), type: ItemTypeSchema, ...DosageSchema.shape });
export type PlanItem = z.infer<typeof PlanItemSchema>;
