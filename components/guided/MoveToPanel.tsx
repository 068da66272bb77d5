import type { GuidedKind } from '../../lib/schemas/guided-progress';
import { TITLES } from './guided-words';

/** The popup closes on any click outside it; the side panel stays open beside the page. */
export function MoveToPanel({ failed, onMove }: { failed: boolean; onMove: () => void }) {
  return (
    <div class="move-session">
      {failed && <p role="alert">The side panel did not open, so your session carries on here.</p>}
      <button type="button" class="secondary" onClick={onMove}>
        Continue in the side panel
      </button>
      <p class="small">The popup closes when you click elsewhere; the side panel stays open.</p>
    </div>
  );
}

/** Said in the popup once the session has gone to the side panel (seen only if the popup stays open). */
export function MovedNote({ kind, onKeep }: { kind: GuidedKind; onKeep: () => void }) {
  return (
    <div class="move-session" role="status">
      <p>Your {TITLES[kind].toLowerCase()} carries on in the side panel.</p>
      <button type="button" class="link" onClick={onKeep}>
        Keep it here too
      </button>
    </div>
  );
}
