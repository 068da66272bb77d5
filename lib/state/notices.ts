import { batch, signal, type ReadonlySignal } from '@preact/signals';

/** The notices a page shows above its content, and the undo that goes with the last one said. */
export interface Notices {
  list: ReadonlySignal<string[]>;
  /** Takes back the change the last notice tells of; null when there is none. */
  undo: ReadonlySignal<(() => void) | null>;
  /** Adds a notice (a storage problem, say) unless it is already shown. */
  add: (notice: string | null) => void;
  /** What the last action did, in place of what the one before said; `takeBack` undoes it. */
  say: (text: string | null, takeBack?: (() => void) | null) => void;
  clear: () => void;
}

export function createNotices(): Notices {
  const list = signal<string[]>([]);
  const undo = signal<(() => void) | null>(null);
  let said: string | null = null;
  return {
    list,
    undo,
    add(notice) {
      if (notice && !list.value.includes(notice)) list.value = [...list.value, notice];
    },
    say: (text, takeBack = null) =>
      batch(() => {
        list.value = [...list.value.filter((n) => n !== said), ...(text && !list.value.includes(text) ? [text] : [])];
        said = text;
        undo.value = takeBack;
      }),
    clear: () =>
      batch(() => {
        list.value = [];
        undo.value = null;
      }),
  };
}
