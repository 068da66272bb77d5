import { browser } from 'wxt/browser';
import { localIsoDate } from '../domain/calendar';
import { buildId } from '../platform/build-id';
import { canonicalJson } from './canonical-json';
import { checkInPutOff } from './check-in-put-off';
import { sealOf } from './seal';

// The popup's first screen as it last looked, to paint at once on the next open while the app loads
// (issue #15). It is shown only when it was made by this build, today, from exactly what storage holds
// now (every value the app validated when it drew it): anything changed, and the app draws afresh.
// Kept in the extension's own localStorage, which pages read synchronously. Beside it, tomorrow's
// first screen, drawn ahead (entrypoints/popup/keep-tomorrow.tsx): the first open of a day is the
// one before a run.
const KEY = 'backstride.popupSnapshot';
const NEXT_KEY = 'backstride.popupSnapshotNext';
/**
 * Stored keys left out of the key. The first screen does not read the desk's ticks and breaks, which
 * change all day. This week's plan it does read, but a plan (and its seal) is built from what the key
 * already holds: the build, the day, the answers, the log and the units; the plan model stores it
 * while the first screen is drawn, and a copy of that screen is still exactly right. A plan kept aside
 * as unreadable stays in the key.
 */
const IGNORED = /^((ticks|breakSettings|breakLog)(\$|Backup)?|weekPlan\$?)$/;
/** A session in progress is drawn with its clock: never from a copy. */
const LIVE = 'guidedSession';

export interface Snapshot {
  /** What the screen was drawn from: the build, the day, the check-in put off, and storage; null: not to be painted. */
  key: string | null;
  html: string;
  /** Which screen it was (the popup's screen names, 'plan' or 'questions'): loaded first on the next open. */
  screen: string;
  /** The day it was kept (YYYY-MM-DD, local): a copy from another day is known stale without reading storage. */
  day?: string;
}

/** The build the snapshots are made by: once per page (a development build's id changes with every call). */
let pageBuild: string | undefined;

/** The key of what the first screen would be drawn from now; null when it must not come from a copy. */
export async function snapshotKey(now = new Date(), build = (pageBuild ??= buildId())): Promise<string | null> {
  const stored: Record<string, unknown> = await browser.storage.local.get(null);
  if (stored[LIVE] !== undefined && stored[LIVE] !== null) return null;
  const read = Object.fromEntries(Object.entries(stored).filter(([key]) => !IGNORED.test(key)));
  return sealOf(`${build}\n${localIsoDate(now)}\n${checkInPutOff.read() ?? ''}`, canonicalJson(read));
}

const storage = () => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

/** The record under `key`, if it has the right shape. */
function read(key: string): Snapshot | null {
  try {
    // Anything JSON can hold: a field that is missing or of the wrong type fails the checks below.
    const kept = JSON.parse(storage()?.getItem(key) ?? 'null') as { [field in keyof Snapshot]?: unknown } | null;
    const { key: made, html, screen, day } = kept ?? {};
    if ((made === null || typeof made === 'string') && typeof html === 'string' && typeof screen === 'string') return { key: made, html, screen, ...(typeof day === 'string' ? { day } : {}) };
  } catch {
    // Unreadable: drawn afresh, and replaced.
  }
  return null;
}

const write = (key: string, snapshot: Snapshot | null) => {
  try {
    if (snapshot) storage()?.setItem(key, JSON.stringify(snapshot));
    else storage()?.removeItem(key);
  } catch {
    // Nothing lost: the popup draws afresh.
  }
};

/**
 * The snapshot to open with today (`today`, YYYY-MM-DD): the one kept at the last open, or the one
 * drawn ahead for today if the last was kept on another day. Null when there is none of the right shape.
 */
export function keptSnapshot(today?: string): Snapshot | null {
  const last = read(KEY);
  if (today === undefined || last?.day === today) return last;
  const ahead = read(NEXT_KEY);
  return ahead?.day === today ? ahead : last;
}

/** The first screen drawn ahead for tomorrow, if one is kept. */
export const keptTomorrow = (): Snapshot | null => read(NEXT_KEY);

/** Keeps the snapshot, or forgets it and tomorrow's (null); a full or refusing localStorage only means no copy next time. */
export function keepSnapshot(snapshot: Snapshot | null): void {
  write(KEY, snapshot);
  if (!snapshot) write(NEXT_KEY, null);
}

/** Keeps the first screen drawn ahead for tomorrow. */
export const keepTomorrow = (snapshot: Snapshot): void => write(NEXT_KEY, snapshot);

/**
 * Paints the kept snapshot into `host` when it was made from exactly what is stored now, inert until
 * the app takes over. Returns the key read (null when storage could not be read or a copy must not be
 * shown) and whether it painted.
 */
export async function paintSnapshot(host: HTMLElement, kept = keptSnapshot()): Promise<{ key: string | null; painted: boolean }> {
  let key: string | null;
  try {
    key = await snapshotKey();
  } catch {
    return { key: null, painted: false };
  }
  performance.mark('backstride:snapshot key read');
  if (!kept || key === null || kept.key === null || kept.key !== key) return { key, painted: false };
  const page = new DOMParser().parseFromString(kept.html, 'text/html');
  host.replaceChildren(...page.body.childNodes);
  host.inert = true;
  host.dataset.snapshot = '';
  // A copy drawn ahead for today becomes today's: the next open finds it first.
  if (read(KEY)?.key !== kept.key) write(KEY, kept);
  performance.mark('backstride:snapshot in place');
  return { key, painted: true };
}
