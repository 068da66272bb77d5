import * as z from 'zod/mini';
import { IsoDateSchema } from './iso-date';

export const UnitsSchema = z.enum(['km', 'mi']);
export type Units = z.infer<typeof UnitsSchema>;
export const PaperSchema = z.enum(['a4', 'letter']);
export type Paper = z.infer<typeof PaperSchema>;

/** The rests a runner can choose between the sets of a guided exercise, in seconds. */
export const REST_SECONDS = [10, 20, 30, 45, 60] as const;
export type RestSeconds = (typeof REST_SECONDS)[number];
// A refined int rather than z.literal: the popup's first screen loads this schema, and literal adds code.
export const RestSecondsSchema = z.int().check(z.refine((n): n is RestSeconds => (REST_SECONDS as readonly number[]).includes(n), 'one of 10, 20, 30, 45 or 60 seconds')) as z.ZodMiniType<RestSeconds>;
/** A rest long enough to breathe, short enough to stay warm. */
export const DEFAULT_REST_SECONDS: RestSeconds = 20;

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

// The beep is on for a new runner (guided timers are followed from across the room); the setting mutes it.
export const DEFAULT_SETTINGS: Settings = { units: 'km', paper: 'a4', startDate: null, sound: true, restSeconds: DEFAULT_REST_SECONDS };
