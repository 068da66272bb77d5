import * as z from 'zod/mini';
import { IsoDateSchema } from './iso-date';
import { REST_SECONDS, type RestSeconds } from './rest-seconds';

export { DEFAULT_REST_SECONDS, REST_SECONDS, type RestSeconds } from './rest-seconds';

export const UnitsSchema = z.enum(['km', 'mi']);
export type Units = z.infer<typeof UnitsSchema>;
export const PaperSchema = z.enum(['a4', 'letter']);
export type Paper = z.infer<typeof PaperSchema>;

// A refined int rather than z.literal: literal adds code.
export const RestSecondsSchema = z.int().check(z.refine((n): n is RestSeconds => (REST_SECONDS as readonly number[]).includes(n), 'one of 10, 20, 30, 45 or 60 seconds')) as z.ZodMiniType<RestSeconds>;

/** Display and programme settings. Distances are always stored in km; `units` only changes display. */
export const SettingsSchema = z.strictObject({
  units: UnitsSchema,
  paper: PaperSchema,
  /** First day of the 8-week programme (YYYY-MM-DD); set when the first plan is made. */
  startDate: z.nullable(IsoDateSchema),
  /** A soft beep when a guided timer ends. */
  sound: z.boolean(),
  /** Rest between the sets of a guided exercise. */
  restSeconds: RestSecondsSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;
