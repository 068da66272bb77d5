import { browser } from 'wxt/browser';
import { entriesOf } from '../domain/log-entries';
import type { BackstrideExport } from '../schemas/export';
import { EMPTY_LOG } from '../schemas/log';
import type { StoredData } from './build-export';
import { defineDeskItems, type DeskItems } from './desk-items';
import { defineStoredItems, type StoredItems } from './stored-items';
import type { ValidatedItem } from './validated-item';

export interface TransferItems {
  stored: StoredItems;
  desk: DeskItems;
}

const defineItems = (): TransferItems => ({ stored: defineStoredItems(), desk: defineDeskItems() });

/** What is stored now, read (and mended) as every page reads it. */
export async function readStoredData({ stored, desk }: TransferItems = defineItems()): Promise<StoredData> {
  const [profile, settings, logEntries, ticks, breakSettings, breakLog] = await Promise.all([
    stored.profile.read(),
    stored.settings.read(),
    stored.log.read(),
    desk.ticks.read(),
    desk.breakSettings.read(),
    desk.breakLog.read(),
  ]);
  return { profile: profile.value, settings: settings.value, logEntries: logEntries.value, ticks: ticks.value, breakSettings: breakSettings.value, breakLog: breakLog.value };
}

/**
 * Replaces everything Backstride keeps with an export's content in one `storage.local.set`: all of
 * it or, if storage refuses, none of it. Every item's writers wait meanwhile, so none writes back an
 * older copy. What was made from the old data goes too (the stored plan, a guided session under
 * way, kept originals). Posture breaks come back off: turning them on asks for notifications again.
 * Every open page sees the change through `storage.onChanged`.
 */
export async function replaceAllData(data: BackstrideExport, { stored, desk }: TransferItems = defineItems()): Promise<void> {
  const writes: Record<string, unknown> = {
    ...stored.profile.entries(data.profile),
    ...stored.settings.entries(data.settings),
    ...stored.log.entries(data.log ? entriesOf(data.log) : EMPTY_LOG),
    ...desk.ticks.entries(data.ticks),
    ...desk.breakSettings.entries({ ...data.breakSettings, enabled: false }),
    ...desk.breakLog.entries(data.breakLog),
  };
  const items: Pick<ValidatedItem<unknown>, 'locked'>[] = [stored.profile, stored.settings, stored.log, desk.ticks, desk.breakSettings, desk.breakLog];
  const replace = async () => {
    const local = browser.storage.local;
    const stale = Object.keys(await local.get(null)).filter((key) => !(key in writes));
    // Emptied in the same set, so the change is one step; removed after, to leave no trace.
    await local.set({ ...writes, ...Object.fromEntries(stale.map((key) => [key, null])) });
    await local.remove(stale).catch(() => undefined);
  };
  // The items' locks in one fixed order: no writer holds one while waiting for another.
  await items.reduceRight<() => Promise<void>>((inner, item) => () => item.locked(inner), replace)();
}
