import * as z from 'zod/mini';
import { IsoDateSchema } from './iso-date';

export const UnitsSchema = z.enum(['km', 'mi']);
export type Units = z.infer<typeof UnitsSchema>;
export const PaperSchema = z.enum(['a4', 'letter']);

/** Display and programme settings. Distances are always stored in km; `units` only changes display. */
export const SettingsSchema = z.strictObject({
  units: UnitsSchema,
  paper: PaperSchema,
  /** First day of the 8-week programme (YYYY-MM-DD); set when the first plan is made. */
  startDate: z.nullable(IsoDateSchema),
  /** A soft beep when a guided timer ends. */
  sound: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { units: 'km', paper: 'a4', startDate: null, sound: false };
