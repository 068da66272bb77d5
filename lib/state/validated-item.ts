import { browser } from 'wxt/browser';
import { canonicalJson } from './canonical-json';
import { serialized } from './serialized';
import { checkStored, itemKeys, noticeFor, sealFor, type Backup, type Got, type Interpreted, type Meta, type Schema, type ValidatedItemOptions } from './stored-check';

export type { ValidatedItemOptions } from './stored-check';

/** A read that never fails: the stored value (mended where it can be), and a notice saying what happened. */
export interface ValidatedRead<T> {
  value: T;
  notice: string | null;
}

export interface ValidatedItem<T> {
  read: () => Promise<ValidatedRead<T>>;
  /**
   * The one way to write: re-reads, applies `change` and writes, one step that no other page and not
   * the background can split. Resolves with what is stored; rejects when storage refuses the write.
   */
  update: (change: (current: T) => T) => Promise<T>;
  /** Replaces the value (through `update`). */
  write: (value: T) => Promise<void>;
  /** Calls back with every change, from this page or another, read as `read` would. */
  watch: (callback: (read: ValidatedRead<T>) => void) => () => void;
  /** Forgets the copy of an unreadable original: the runner has seen its notice. */
  dismiss: () => Promise<void>;
  /** Stores `value` at once, outside the queue: only for a page that is closing mid-write. */
  flush: (value: T) => void;
  /** The notice for a write storage refused. */
  failed: (error: unknown) => string;
  /**
   * Runs `step` while no page and not the background can write the item, telling it how the item
   * was defined: a change to many items at once (an import) writes each in its layout.
   */
  locked: <R>(step: (options: ValidatedItemOptions<T>) => Promise<R>) => Promise<R>;
}

/**
 * As defined: the schema may be a loader, so a page's first screen need not load zod. A value this
 * build validated and sealed (see seal.ts) is shown without it; anything else loads it and is checked in full.
 */
export type ValidatedItemDefinition<T> = Omit<ValidatedItemOptions<T>, 'schema'> & { schema: Schema<T> | (() => Promise<Schema<T>>) };

/**
 * A versioned storage item, validated on every read: with zod, or by its seal when this build
 * validated exactly this value before. WXT's own layout (the value under its key, `{ v }` under
 * `key$`) without WXT's defineItem, whose migrations run unserialized when a page starts and which
 * throws on a newer version. A bad field is mended, the original kept aside.
 */
export function defineValidatedItem<T>(definition: ValidatedItemDefinition<T>): ValidatedItem<T> {
  const { schema: given } = definition;
  // Once loaded, the schema is used synchronously: a read or write takes no more steps than before.
  let loaded = typeof given === 'function' ? undefined : given;
  let loading: Promise<Schema<T>> | undefined;
  const schema = () => (loading ??= loaded ? Promise.resolve(loaded) : (given as () => Promise<Schema<T>>)().then((s) => (loaded = s)));
  const resolved = async (): Promise<ValidatedItemOptions<T>> => ({ ...definition, schema: loaded ?? (await schema()) });
  const opts = definition;
  const { key, metaKey, backupKey } = itemKeys(opts);
  const keys = [key, metaKey, backupKey];
  const local = () => browser.storage.local;
  const lock = `backstride:${key}`;
  const { label } = opts;
  /** Values this page stored whose change events have not come back yet, oldest first, as JSON. */
  const echoes: string[] = [];
  /** Sets `writes`, noting the value's echo so that, arriving late, it cannot undo a newer change. */
  const store = async (writes: Got) => {
    const echo = key in writes ? canonicalJson(writes[key]) : null;
    if (echo !== null) echoes.push(echo);
    try {
      await local().set(writes);
    } catch (error) {
      if (echo !== null) echoes.splice(echoes.lastIndexOf(echo), 1);
      throw error;
    }
  };

  /** The stored value as this version reads it, and what to write so it stays read that way (later, if the schema must load first). */
  const interpret = (got: Got): Interpreted<T> | Promise<Interpreted<T>> => {
    const raw = got[key];
    const meta = (got[metaKey] ?? {}) as Meta;
    const notice = noticeFor(opts, got[backupKey] as Backup | undefined);
    if (raw === null || raw === undefined) return { value: opts.fallback, writes: {}, notice };
    // Exactly the value this build validated and sealed: no need to load the schema to know it passes.
    if (meta.v === opts.version && typeof meta.seal === 'string' && meta.seal === sealFor(raw)) return { value: raw as T, writes: {}, notice };
    return loaded ? checkStored({ ...opts, schema: loaded }, got) : schema().then((s) => checkStored({ ...opts, schema: s }, got));
  };

  const read = () =>
    serialized(lock, async (): Promise<ValidatedRead<T>> => {
      let got: Got;
      try {
        got = await local().get(keys);
      } catch {
        return { value: opts.fallback, notice: `We could not open ${label}, so the defaults are showing. Nothing was changed.` };
      }
      const now = interpret(got);
      const { value, writes, notice } = now instanceof Promise ? await now : now;
      // Mended once, so the next page reads it clean; if this write fails, the original is still there.
      if (Object.keys(writes).length > 0) await store(writes).catch(() => undefined);
      return { value, notice };
    });

  const update = (change: (current: T) => T) =>
    serialized(lock, async () => {
      const got: Got = await local().get(keys);
      const now = interpret(got);
      const { value, writes } = now instanceof Promise ? await now : now;
      const next = (loaded ?? (await schema())).parse(change(value)) as T;
      if (canonicalJson(next) !== canonicalJson(got[key])) {
        writes[key] = next;
        writes[metaKey] = { ...(got[metaKey] as Meta | undefined), v: opts.version, seal: sealFor(next) };
      }
      if (Object.keys(writes).length > 0) await store(writes);
      return next;
    });

  return {
    read,
    update,
    write: async (value) => void (await update(() => value)),
    // Read from the change itself, in the order storage made them (one after another, though a check
    // may wait for the schema to load); written back only by the next update.
    watch: (callback) => {
      let order = Promise.resolve();
      let waiting = 0;
      const listener = (changes: Record<string, { newValue?: unknown } | undefined>, area: string) => {
        if (area !== 'local' || !changes[key]) return;
        const own = echoes.indexOf(canonicalJson(changes[key].newValue));
        if (own >= 0) return void echoes.splice(0, own + 1);
        const got = { [key]: changes[key].newValue, [metaKey]: changes[metaKey] ? changes[metaKey].newValue : { v: opts.version } };
        const now = interpret(got);
        if (waiting === 0 && !(now instanceof Promise)) return callback({ value: now.value, notice: now.notice });
        waiting++;
        order = order
          .then(() => now)
          .then(({ value, notice }) => callback({ value, notice }), () => undefined)
          .finally(() => void waiting--);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    dismiss: () => serialized(lock, () => local().remove(backupKey)),
    flush: (value) => void local().set({ [key]: value, ...(opts.version > 1 ? { [metaKey]: { v: opts.version } } : {}) }).catch(() => undefined),
    locked: (step) => serialized(lock, async () => step(await resolved())),
    failed: (error) => `We could not save ${label} (${error instanceof Error ? error.message : String(error)}), so this shows what is stored.`,
  };
}
