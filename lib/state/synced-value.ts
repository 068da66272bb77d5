import { signal, type ReadonlySignal } from '@preact/signals';
import { canonicalJson } from './canonical-json';
import type { ValidatedItem, ValidatedRead } from './validated-item';

/** A stored value as a page shows it: its changes show at once and are merged into storage. */
export interface SyncedValue<T> {
  value: ReadonlySignal<T>;
  /** Reads the stored value and follows its changes from every page. */
  load: () => Promise<void>;
  /** Shows `change` at once, then applies it to whatever is stored by then (never this page's copy). */
  update: (change: (current: T) => T) => Promise<void>;
  /** Reads and shows what is stored now. */
  refresh: () => Promise<void>;
  dispose: () => void;
}

/**
 * Binds one storage item to a signal. While this page's own writes are under way, changes seen in
 * storage are left for later (they would undo what is on screen); once they are done, what is
 * stored is read again and shown, so a failed write shows what is really there.
 */
export function syncValue<T>(item: ValidatedItem<T>, fallback: T, notify: (notice: string | null) => void): SyncedValue<T> {
  const value = signal(fallback);
  let writing = 0;
  let unwatch = () => {};
  const show = (read: ValidatedRead<T>) => {
    if (writing > 0) return;
    // The same value read back is no change: nothing on screen redraws.
    if (canonicalJson(read.value) !== canonicalJson(value.peek())) value.value = read.value;
    notify(read.notice);
  };
  // A page closing under a write (the popup, as the runner clicks away) cannot wait for its turn:
  // it stores what it shows at once rather than lose the change.
  const flush = () => writing > 0 && item.flush(value.peek());
  return {
    value,
    async load() {
      show(await item.read());
      unwatch = item.watch(show);
      globalThis.addEventListener?.('pagehide', flush);
    },
    async update(change) {
      writing++;
      value.value = change(value.value);
      try {
        await item.update(change);
      } catch (error) {
        notify(item.failed(error));
      } finally {
        writing--;
      }
      if (writing === 0) show(await item.read());
    },
    refresh: async () => show(await item.read()),
    dispose: () => {
      unwatch();
      globalThis.removeEventListener?.('pagehide', flush);
    },
  };
}
