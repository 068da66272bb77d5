import { BreakLogSchema, BreakSettingsSchema, DEFAULT_BREAK_SETTINGS, TicksSchema, type BreakLog, type BreakSettings, type Ticks } from '../schemas/checklist';
import { defineValidatedItem, type ValidatedItem } from './validated-item';

export interface DeskItems {
  ticks: ValidatedItem<Ticks>;
  breakSettings: ValidatedItem<BreakSettings>;
  breakLog: ValidatedItem<BreakLog>;
}

/** The side panel's storage items (also read by the background worker); call once per page. */
export function defineDeskItems(): DeskItems {
  return {
    ticks: defineValidatedItem({ key: 'local:ticks', schema: TicksSchema, fallback: {}, label: 'your checklist ticks', version: 1 }),
    breakSettings: defineValidatedItem({ key: 'local:breakSettings', schema: BreakSettingsSchema, fallback: DEFAULT_BREAK_SETTINGS, label: 'your posture-break settings', version: 1 }),
    breakLog: defineValidatedItem({ key: 'local:breakLog', schema: BreakLogSchema, fallback: {}, label: 'your break history', version: 1 }),
  };
}
