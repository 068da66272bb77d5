import { storage } from 'wxt/utils/storage';
import type * as z from 'zod/mini';

/** A read that never fails: the stored value, or the fallback and a notice saying why. */
export interface ValidatedRead<T> {
  value: T;
  notice: string | null;
}

export interface ValidatedItem<T> {
  read: () => Promise<ValidatedRead<T>>;
  write: (value: T) => Promise<void>;
  /** Calls back with every validated change, from this page or another. */
  watch: (callback: (read: ValidatedRead<T>) => void) => () => void;
}

export interface ValidatedItemOptions<T> {
  key: `local:${string}`;
  schema: z.ZodMiniType<T, unknown>;
  fallback: T;
  /** What it is, for the notice: "your answers". */
  label: string;
  version: number;
  migrations?: Record<number, (old: never) => unknown>;
}

/**
 * A WXT storage item, versioned with migrations, validated with zod after every read.
 * A bad or unreadable value gives the fallback and a notice, never an error or a blank screen.
 */
export function defineValidatedItem<T>(opts: ValidatedItemOptions<T>): ValidatedItem<T> {
  const item = storage.defineItem<unknown>(opts.key, {
    fallback: null,
    version: opts.version,
    // Still versioned from day one: WXT counts an item without a stored version as version 1, so
    // later migrations run; it reads that version only when there are migrations (one read fewer).
    ...(opts.migrations ? { migrations: opts.migrations as Record<number, (old: unknown) => unknown> } : {}),
  });
  /** What this page wrote and has not yet seen come back, oldest first. */
  const pending: string[] = [];
  /** The value last read or seen changing in storage, as JSON. */
  let lastSeen: string | undefined;
  const validate = (raw: unknown): ValidatedRead<T> => {
    if (raw === null || raw === undefined) return { value: opts.fallback, notice: null };
    const parsed = opts.schema.safeParse(raw);
    if (parsed.success) return { value: parsed.data, notice: null };
    return { value: opts.fallback, notice: `We could not read ${opts.label}, so the defaults are back. Your next change saves over them.` };
  };
  return {
    read: async () => {
      try {
        const raw = await item.getValue();
        lastSeen = JSON.stringify(raw);
        return validate(raw);
      } catch {
        return { value: opts.fallback, notice: `We could not open ${opts.label}, so the defaults are back.` };
      }
    },
    // The version goes with every write: a value written after the storage was cleared under an open
    // page (deleting all data) must not read as version 1 and be migrated again.
    write: async (value) => {
      const parsed = opts.schema.parse(value);
      const json = JSON.stringify(parsed);
      // Storage reports no change for a value it already holds: expect no echo then.
      if (json !== (pending.at(-1) ?? lastSeen)) pending.push(json);
      await Promise.all([item.setValue(parsed), opts.version > 1 ? item.setMeta({ v: opts.version }) : undefined]);
    },
    // This page's own writes come back as changes too, late: one arriving after a newer change was
    // made here would undo it (a quick tick, then a keystroke), so a page is not told about its own.
    watch: (callback) =>
      item.watch((raw) => {
        lastSeen = JSON.stringify(raw);
        const own = pending.indexOf(lastSeen);
        if (own >= 0) return void pending.splice(0, own + 1);
        callback(validate(raw));
      }),
  };
}
