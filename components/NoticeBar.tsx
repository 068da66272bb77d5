import type { ReadonlySignal } from '@preact/signals';

/** Shows storage notices (a value that could not be read) until dismissed. */
export function NoticeBar({ notices, onDismiss }: { notices: ReadonlySignal<string[]>; onDismiss: () => void }) {
  if (notices.value.length === 0) return null;
  return (
    <div class="notice" role="status">
      {notices.value.map((n) => (
        <p key={n}>{n}</p>
      ))}
      <button type="button" class="link" onClick={onDismiss}>
        OK
      </button>
    </div>
  );
}
