import { browser } from 'wxt/browser';

/** Where a guided session in progress is kept. */
export const GUIDED_KEY = 'local:guidedSession';

/** A session left alone longer than this is over: the next open shows the plan, not a stale timer. */
export const GUIDED_KEEP_MS = 3 * 60 * 60 * 1000;

/**
 * Whether a guided session may be in progress, read before the plan shows so a reopened popup
 * resumes it. Deliberately tiny (the popup's first screen loads it): the session's own code, loaded
 * only then, validates the stored value.
 */
export async function guidedInProgress(now = Date.now()): Promise<boolean> {
  // Straight from storage.local: WXT's storage wrapper would add ~3 kB to the first screen for one read.
  const key = GUIDED_KEY.slice('local:'.length);
  const saved = (await browser.storage.local.get(key).catch(() => ({})) as Record<string, { at?: unknown } | null | undefined>)[key];
  return saved != null && !(typeof saved.at === 'number' && now - saved.at > GUIDED_KEEP_MS);
}
