import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { CAUSE_NAMES } from '../../lib/domain/cause-names';
import { allLikelyCauses } from '../../lib/domain/likely-causes';
import { MAX_SHOWN_CAUSES } from '../../lib/schemas/cause-ids';
import type { CauseResult } from '../../lib/schemas/plan';

/**
 * Every likely cause with the reasons behind it: the first three, then a control that reveals the
 * rest. Always "likely": a screen, not a diagnosis.
 */
export function CauseList({ causes }: { causes: readonly CauseResult[] }) {
  const likely = allLikelyCauses(causes);
  const open = useSignal(false);
  const hidden = likely.length - MAX_SHOWN_CAUSES;
  const shown = open.value || hidden <= 0 ? likely : likely.slice(0, MAX_SHOWN_CAUSES);
  // The first revealed cause takes focus, so a keyboard or screen reader user lands on what appeared.
  const firstRevealed = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (open.value) firstRevealed.current?.focus();
  }, [open.value]);
  return (
    <section aria-labelledby="causes-heading">
      <h2 id="causes-heading">Likely causes</h2>
      {likely.length === 0 ? (
        <p>Nothing stands out from your answers, so the plan covers general back care for runners.</p>
      ) : (
        <ul class="causes" id="likely-causes">
          {shown.map((c, i) => (
            <li key={c.id} {...(i === MAX_SHOWN_CAUSES ? { tabIndex: -1, ref: firstRevealed } : {})}>
              <strong>{CAUSE_NAMES[c.id]}</strong> <span class="likely">likely</span>
              <ul>
                {c.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && !open.value && (
        <button type="button" class="link more" aria-controls="likely-causes" aria-expanded="false" onClick={() => (open.value = true)}>
          +{hidden} more
          <span class="visually-hidden"> likely {hidden === 1 ? 'cause' : 'causes'}</span>
        </button>
      )}
      <p class="small">These are likely causes from your answers, not a diagnosis.</p>
    </section>
  );
}
