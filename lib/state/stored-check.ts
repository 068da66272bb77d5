import type * as z from 'zod/mini';
import { buildId } from '../platform/build-id';
import { canonicalJson } from './canonical-json';
import { mendValue } from './mend-value';
import { sealOf } from './seal';

export type Schema<T> = z.ZodMiniType<T, unknown>;

export interface ValidatedItemOptions<T> {
  key: `local:${string}`;
  schema: Schema<T>;
  /** The defaults. Null: nothing in it is the runner's own (it is rebuilt), so nothing is kept aside. */
  fallback: T;
  /** What it is, for the notice: "your answers". */
  label: string;
  version: number;
  migrations?: Record<number, (old: never) => unknown>;
}

/** What an unreadable original is kept as, under `<key>Backup`, until the runner dismisses its notice. */
export interface Backup {
  v: number;
  value: unknown;
}

/** What storage gave for an item's keys (the value, `key$`, `keyBackup`), or what to write to them. */
export type Got = Record<string, unknown>;
/** The item's metadata under `key$`: WXT's version, and the seal of the value this build last validated. */
export type Meta = { v?: number; seal?: string };

/** A stored value as this version reads it, what to write so it stays read that way, and the notice. */
export interface Interpreted<T> {
  value: T;
  writes: Got;
  notice: string | null;
}

/** The build the seals are made for: once per page (a development build's id changes with every call). */
let sealBuild: string | undefined;
export const sealFor = (value: unknown) => sealOf((sealBuild ??= buildId()), canonicalJson(value));

/** The item's three storage keys: its value, its metadata and the copy of an unreadable original. */
export const itemKeys = (opts: Pick<ValidatedItemOptions<unknown>, 'key'>) => {
  const key = opts.key.slice('local:'.length);
  return { key, metaKey: `${key}$`, backupKey: `${key}Backup` };
};

/** The notice for a copy kept aside: from a newer version, or unreadable. */
export function noticeFor({ label, version }: Pick<ValidatedItemOptions<unknown>, 'label' | 'version'>, backup: Backup | undefined): string | null {
  if (!backup) return null;
  return backup.v > version
    ? `${label[0]!.toUpperCase()}${label.slice(1)} came from a newer version of Backstride: this one kept what it understands. A copy of the original is kept until you press OK.`
    : `We could not read all of ${label}: what could be read is kept, the rest is back to the defaults. A copy of the original is kept until you press OK.`;
}

/** The full check with the schema: migrations, zod, mending; seals what passes. */
export function checkStored<T>(opts: ValidatedItemOptions<T>, got: Got): Interpreted<T> {
  const { key, metaKey, backupKey } = itemKeys(opts);
  const { schema, label } = opts;
  const raw = got[key];
  const meta = (got[metaKey] ?? {}) as Meta;
  const v = typeof meta.v === 'number' ? meta.v : 1;
  let backup = got[backupKey] as Backup | undefined;
  const writes: Got = {};
  let value: unknown = raw;
  let lost = v > opts.version;
  try {
    for (let next = v + 1; next <= opts.version; next++) value = opts.migrations?.[next]?.(value as never) ?? value;
  } catch {
    value = raw;
    lost = true;
  }
  let parsed = schema.safeParse(value);
  lost ||= !parsed.success;
  // A few rounds: an object's own checks (cleared flags against flags) run once its fields pass.
  for (let round = 0; !parsed.success && round < 4; round++) {
    const mended = mendValue(value, opts.fallback, parsed.error.issues);
    if (!mended) break;
    value = mended;
    parsed = schema.safeParse(value);
  }
  const result = parsed.success ? parsed.data : opts.fallback;
  // Sealed as it will be stored, so the next page shows it without loading the schema.
  const sealed = { ...meta, v: opts.version, seal: sealFor(result) };
  if (opts.fallback === null) {
    if (parsed.success && !lost && canonicalJson(result) === canonicalJson(raw)) writes[metaKey] = sealed;
    return { value: result, writes, notice: lost ? `We could not read ${label}.` : null };
  }
  if (lost) backup ??= writes[backupKey] = { v, value: raw } satisfies Backup;
  // Stored as read (defaults filled in), so the seal matches what is stored.
  if (lost || v !== opts.version || canonicalJson(result) !== canonicalJson(raw)) writes[key] = result;
  writes[metaKey] = sealed;
  return { value: result, writes, notice: noticeFor(opts, backup) };
}
