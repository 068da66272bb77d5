import { describeSession } from '../../lib/domain/describe';
import { DAY_NAMES } from '../../lib/domain/week-days';
import type { DayPlan } from '../../lib/schemas/plan';
import type { GuidedKind } from '../../lib/schemas/guided-progress';
import type { Units } from '../../lib/schemas/settings';

export type { GuidedKind } from '../../lib/schemas/guided-progress';

const START_LABEL: Record<GuidedKind, string> = { 'warm-up': 'Start warm-up', strength: 'Start strength', 'cool-down': 'Start cool-down' };

function headlineOf(kinds: readonly string[]): string {
  if (kinds.length === 0) return 'Easy day';
  if (kinds.includes('run')) return 'Run day';
  if (kinds.includes('rest')) return 'Rest day';
  return kinds.includes('strength') ? 'Strength day' : 'Cross-training day';
}

/** What today holds, in order, with a button to start each guided part; an empty day is an easy one. */
export function TodayCard({ day, units, onStart }: { day: DayPlan; units: Units; onStart: (kind: GuidedKind) => void }) {
  const kinds = day.sessions.map((s) => s.kind);
  return (
    <section class="today card" aria-labelledby="today-heading">
      <h2 id="today-heading">
        Today, {DAY_NAMES[day.day]}: {headlineOf(kinds)}
      </h2>
      {kinds.length === 0 ? (
        <p>Nothing planned today: a walk if you like.</p>
      ) : (
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
      )}
      {kinds.includes('rest') && <p class="small">An easy walk is plenty. Keep an eye on the desk checklists.</p>}
    </section>
  );
}
