import { storage } from 'wxt/utils/storage';

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
  const saved = await storage.getItem<{ at?: unknown }>(GUIDED_KEY).catch(() => null);
  return saved != null && !(typeof saved.at === 'number' && now - saved.at > GUIDED_KEEP_MS);
}
