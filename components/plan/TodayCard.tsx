import { describeSession } from '../../lib/domain/describe';
import { DAY_NAMES } from '../../lib/domain/week-days';
import type { DayPlan } from '../../lib/schemas/plan';
import type { Units } from '../../lib/schemas/settings';

export type GuidedKind = 'warm-up' | 'strength' | 'cool-down';

const START_LABEL: Record<GuidedKind, string> = { 'warm-up': 'Start warm-up', strength: 'Start strength', 'cool-down': 'Start cool-down' };

/** What today holds, in order, with a button to start each guided part. */
export function TodayCard({ day, units, onStart }: { day: DayPlan; units: Units; onStart: (kind: GuidedKind) => void }) {
  const kinds = day.sessions.map((s) => s.kind);
  const headline = kinds.includes('run') ? 'Run day' : kinds.includes('rest') ? 'Rest day' : kinds.includes('strength') ? 'Strength day' : 'Cross-training day';
  return (
    <section class="today card" aria-labelledby="today-heading">
      <h2 id="today-heading">
        Today, {DAY_NAMES[day.day]}: {headline}
      </h2>
      <ol class="sessions">
        {day.sessions.map((s, i) => (
          <li key={i} class={`session session-${s.kind}`}>
            <span>{describeSession(s, units)}</span>
            {(s.kind === 'warm-up' || s.kind === 'strength' || s.kind === 'cool-down') && (
              <button type="button" class={s.kind === 'warm-up' ? 'primary' : 'secondary'} onClick={() => onStart(s.kind as GuidedKind)}>
                {START_LABEL[s.kind as GuidedKind]}
              </button>
            )}
          </li>
        ))}
      </ol>
      {kinds.includes('rest') && <p class="small">An easy walk is plenty. Keep an eye on the desk checklists.</p>}
    </section>
  );
}
