import type { LogEntries } from '../schemas/log';
import { EMPTY_LOG } from '../schemas/log-values';
import type { Profile } from '../schemas/profile';
import { DEFAULT_PROFILE, migrateProfileV1 } from '../schemas/profile-values';
import type { Settings } from '../schemas/settings';
import { DEFAULT_REST_SECONDS } from '../schemas/rest-seconds';
import { DEFAULT_SETTINGS } from '../schemas/settings-values';
import { defineValidatedItem, type ValidatedItem } from './validated-item';

/** Settings as version 1 stored them, before the programme had a start date or sound. */
export interface SettingsV1 {
  units: Settings['units'];
  paper: Settings['paper'];
}

/** Settings as version 2 stored them, before the rest between sets could be chosen. */
export type SettingsV2 = Omit<Settings, 'restSeconds'>;

export interface StoredItems {
  profile: ValidatedItem<Profile>;
  settings: ValidatedItem<Settings>;
  /** What the runner logged: sessions, mornings, flares, shoes. */
  log: ValidatedItem<LogEntries>;
}

/** Defines the popup's storage items; call once per page, never at module top level. */
export function defineStoredItems(): StoredItems {
  return {
    profile: defineValidatedItem({
      key: 'local:profile',
      // Schemas load when a value must be checked (not sealed by this build), keeping zod off the first screen.
      schema: () => import('../schemas/profile').then((m) => m.ProfileSchema),
      fallback: DEFAULT_PROFILE,
      label: 'your saved answers',
      // Version 2: safety rules v2 asked more; older answers are screened again before any plan.
      version: 2,
      migrations: { 2: migrateProfileV1 },
    }),
    settings: defineValidatedItem({
      key: 'local:settings',
      schema: () => import('../schemas/settings').then((m) => m.SettingsSchema),
      fallback: DEFAULT_SETTINGS,
      label: 'your settings',
      version: 3,
      // Spread last: a value that already has the new fields keeps them (and its own choice of sound).
      migrations: {
        2: (old: SettingsV1): SettingsV2 => ({ startDate: null, sound: false, ...old }),
        3: (old: SettingsV2): Settings => ({ restSeconds: DEFAULT_REST_SECONDS, ...old }),
      },
    }),
    log: defineValidatedItem({ key: 'local:log', schema: () => import('../schemas/log').then((m) => m.LogEntriesSchema), fallback: EMPTY_LOG, label: 'your training log', version: 1 }),
  };
}
