import { signal, type ReadonlySignal } from '@preact/signals';
import { ChecklistIdSchema, type ChecklistId } from '../schemas/checklist';

const KEY = 'backstride:open-lists';

export interface OpenLists {
  open: ReadonlySignal<ReadonlySet<ChecklistId>>;
  toggle: (id: ChecklistId) => void;
}

/**
 * Which checklists are open, remembered for this page's session only (a reload keeps it, a new panel
 * starts over): a view preference, not the runner's data, so it stays out of extension storage.
 */
export function createOpenLists(session: Pick<Storage, 'getItem' | 'setItem'> | undefined, initial: readonly ChecklistId[] = ['posture']): OpenLists {
  const read = (): ChecklistId[] => {
    try {
      const saved = session?.getItem(KEY);
      const parsed: unknown = saved ? JSON.parse(saved) : null;
      // Parsed at the edge like any stored value: only known list ids survive.
      return Array.isArray(parsed) ? parsed.filter((id): id is ChecklistId => ChecklistIdSchema.safeParse(id).success) : [...initial];
    } catch {
      return [...initial];
    }
  };
  const open = signal<ReadonlySet<ChecklistId>>(new Set(read()));
  return {
    open,
    toggle(id) {
      const next = new Set(open.value);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      open.value = next;
      try {
        session?.setItem(KEY, JSON.stringify([...next]));
      } catch {
        // A session store that refuses (private mode, quota) only costs remembering.
      }
    },
  };
}
