import { formatDose } from '../../lib/words/describe';
import { aboutMinutes, guidedSeconds, type GuidedStep } from '../../lib/domain/guided-steps';
import type { PlanItem } from '../../lib/schemas/plan';

/** Before starting: how long it takes in all, what comes, and the rest between sets. */
export function SessionOverview({ items, steps, restSeconds, onStart }: { items: readonly PlanItem[]; steps: readonly GuidedStep[]; restSeconds: number; onStart: () => void }) {
  const rests = steps.some((s) => s.kind === 'rest' && s.seconds === restSeconds);
  const included = [
    steps.some((s) => s.kind === 'rest') && 'rests',
    steps.some((s) => s.kind === 'switch') && 'side switches',
    steps.some((s) => s.kind === 'get-down' || s.kind === 'get-up') && 'time to get down to the floor',
  ].filter((x): x is string => Boolean(x));
  return (
    <section class="card overview" aria-labelledby="overview-total">
      <h2 id="overview-total" class="total">
        About {aboutMinutes(guidedSeconds(steps))} min
      </h2>
      <p class="small">
        {items.length} {items.length === 1 ? 'exercise' : 'exercises'}
        {included.length > 0 && `, ${included.slice(0, -1).join(', ')}${included.length > 1 ? ' and ' : ''}${included.at(-1)} included`}.
      </p>
      <ol class="overview-list">
        {items.map((item) => (
          <li key={item.id}>
            <span>{item.name}</span> <span class="overview-dose">{formatDose(item)}</span>
          </li>
        ))}
      </ol>
      {rests && <p class="small">{restSeconds} s rest between sets: change it in Settings.</p>}
      <button type="button" class="primary start" onClick={onStart}>
        Start
      </button>
    </section>
  );
}
