import { CAUSE_NAMES } from '../../lib/domain/cause-names';
import { likelyCauses } from '../../lib/domain/likely-causes';
import type { CauseResult } from '../../lib/schemas/plan';

/** Up to three likely causes, each with the reasons behind it. Always "likely": a screen, not a diagnosis. */
export function CauseList({ causes }: { causes: readonly CauseResult[] }) {
  const shown = likelyCauses(causes);
  return (
    <section aria-labelledby="causes-heading">
      <h2 id="causes-heading">Likely causes</h2>
      {shown.length === 0 ? (
        <p>Nothing stands out from your answers, so the plan covers general back care for runners.</p>
      ) : (
        <ul class="causes">
          {shown.map((c) => (
            <li key={c.id}>
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
      <p class="small">These are likely causes from your answers, not a diagnosis.</p>
    </section>
  );
}
