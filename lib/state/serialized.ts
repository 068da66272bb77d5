/** Steps waiting in this page where Web Locks are missing (tests on the fake browser), by name. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `step` alone under `name` across every page and the background worker of the extension: Web
 * Locks are shared by all of an origin's contexts, which an in-memory queue alone could never be.
 * Where they are missing (Node, tests) an in-page queue stands in: there, one context is all there is.
 */
export function serialized<T>(name: string, step: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(name, step) as Promise<T>;
  const run = (queues.get(name) ?? Promise.resolve()).then(step);
  queues.set(name, run.catch(() => undefined));
  return run;
}
