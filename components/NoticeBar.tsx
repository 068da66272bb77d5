import type { ReadonlySignal } from '@preact/signals';

/** Shows notices (a value that could not be read or saved, what an action did) until dismissed; Undo where it can be taken back. */
export function NoticeBar({ notices, onDismiss, onUndo }: { notices: ReadonlySignal<string[]>; onDismiss: () => void; onUndo?: (() => void) | null }) {
  if (notices.value.length === 0) return null;
  return (
    <div class="notice" role="status">
      {notices.value.map((n) => (
        <p key={n}>{n}</p>
      ))}
      {onUndo && (
        <button type="button" class="link" onClick={onUndo}>
          Undo
        </button>
      )}
      <button type="button" class="link" onClick={onDismiss}>
        OK
      </button>
    </div>
  );
}
