import { DEFAULT_PROFILE, migrateProfileV1, ProfileSchema, type Profile } from '../schemas/profile';
import { DEFAULT_REST_SECONDS, DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../schemas/settings';
import { EMPTY_LOG, LogEntriesSchema, type LogEntries } from '../schemas/log';
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
      schema: ProfileSchema,
      fallback: DEFAULT_PROFILE,
      label: 'your saved answers',
      // Version 2: safety rules v2 asked more; older answers are screened again before any plan.
      version: 2,
      migrations: { 2: migrateProfileV1 },
    }),
    settings: defineValidatedItem({
      key: 'local:settings',
      schema: SettingsSchema,
      fallback: DEFAULT_SETTINGS,
      label: 'your settings',
      version: 3,
      // Spread last: a value that already has the new fields keeps them (and its own choice of sound).
      migrations: {
        2: (old: SettingsV1): SettingsV2 => ({ startDate: null, sound: false, ...old }),
        3: (old: SettingsV2): Settings => ({ restSeconds: DEFAULT_REST_SECONDS, ...old }),
      },
    }),
    log: defineValidatedItem({ key: 'local:log', schema: LogEntriesSchema, fallback: EMPTY_LOG, label: 'your training log', version: 1 }),
  };
}
