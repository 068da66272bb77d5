import { browser } from 'wxt/browser';
import type { BackstrideExport } from '../schemas/export';
import { EMPTY_LOG } from '../schemas/log';
import type { StoredData } from './build-export';
import type { DeskItems } from './desk-items';
import type { StoredItems } from './stored-items';
import type { ValidatedItem } from './validated-item';

/** The items export and import go through: the page's own (app state's) and the side panel's. */
export interface TransferItems {
  stored: StoredItems;
  desk: DeskItems;
}

// Not log-entries.ts's entriesOf: importing it here would split the popup's first chunk (see build-export.ts).
const entriesOf = ({ sessions, mornings, flares, shoes }: NonNullable<BackstrideExport['log']>) => ({ sessions, mornings, flares, shoes });

/** What is stored now, read (and mended) as every page reads it. */
export async function readStoredData({ stored, desk }: TransferItems): Promise<StoredData> {
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
export async function replaceAllData(data: BackstrideExport, { stored, desk }: TransferItems): Promise<void> {
  const values: [ValidatedItem<never>, unknown][] = [
    [stored.profile, data.profile],
    [stored.settings, data.settings],
    [stored.log, data.log ? entriesOf(data.log) : EMPTY_LOG],
    [desk.ticks, data.ticks],
    [desk.breakSettings, { ...data.breakSettings, enabled: false }],
    [desk.breakLog, data.breakLog],
  ] as unknown as [ValidatedItem<never>, unknown][];
  const writes: Record<string, unknown> = {};
  const replace = async () => {
    const local = browser.storage.local;
    const stale = Object.keys(await local.get(null)).filter((key) => !(key in writes));
    // Emptied in the same set, so the change is one step; removed after, to leave no trace.
    await local.set({ ...writes, ...Object.fromEntries(stale.map((key) => [key, null])) });
    await local.remove(stale).catch(() => undefined);
  };
  // Every item's lock, in one fixed order (no writer holds one while waiting for another), each
  // value in its item's layout: checked by its schema under its key, `{ v }` under `key$`.
  const hold = (i: number): Promise<void> => {
    if (i === values.length) return replace();
    const [item, value] = values[i]!;
    return item.locked(({ key, schema, version }) => {
      const name = key.slice('local:'.length);
      Object.assign(writes, { [name]: schema.parse(value), [`${name}$`]: { v: version } });
      return hold(i + 1);
    });
  };
  await hold(0);
}
