import { describeSession } from '../../lib/words/describe';
import { DAY_NAMES } from '../../lib/domain/week-days';
import type { Day } from '../../lib/schemas/answers';
import type { SessionKind, WeekPlan } from '../../lib/schemas/plan';
import { SESSION_NAMES } from '../../lib/words/session-words';
import type { Units } from '../../lib/schemas/settings';

/** The legend's order: the order of a run day, then the other days' sessions. */
const LEGEND = ['warm-up', 'run', 'cool-down', 'strength', 'cross-training', 'rest'] as const satisfies readonly SessionKind[];

/** The id of the day view the strip's buttons open. */
export const DAY_VIEW_ID = 'day-view';

/**
 * The week at a glance: a button a day, a coloured block a session, today outlined. A button opens
 * that day's sessions (`chosen` is the day open, if any).
 */
export function WeekStrip({ week, today, units, chosen, onChoose }: { week: WeekPlan; today: Day; units: Units; chosen: Day | null; onChoose: (day: Day) => void }) {
  return (
    <section aria-labelledby="week-heading">
      <h2 id="week-heading">This week</h2>
      <p class="small">Tap a day to see it and start its sessions.</p>
      <ol class="week-strip">
        {week.days.map((d) => (
          <li key={d.day} class={d.day === today ? 'today' : ''}>
            <button
              type="button"
              id={`day-${d.day}`}
              class={`day${chosen === d.day ? ' chosen' : ''}`}
              aria-current={d.day === today ? 'date' : undefined}
              aria-expanded={d.day === today ? undefined : chosen === d.day}
              aria-controls={d.day === today || chosen !== d.day ? undefined : DAY_VIEW_ID}
              onClick={() => onChoose(d.day)}
            >
              <span class="day-name" aria-hidden="true">
                {DAY_NAMES[d.day].slice(0, 3)}
              </span>
              <span class="visually-hidden">
                {DAY_NAMES[d.day]}
                {d.day === today ? ' (today)' : ''}:{' '}
              </span>
              {d.sessions.length === 0 && (
                <span class="block block-easy" title="Easy day: a walk if you like">
                  <span class="visually-hidden">Easy day: a walk if you like. </span>
                </span>
              )}
              {d.sessions.map((s, i) => (
                <span key={i} class={`block block-${s.kind}`} title={describeSession(s, units)}>
                  <span class="visually-hidden">{describeSession(s, units)}. </span>
                </span>
              ))}
              {d.day === today && <span class="today-mark" aria-hidden="true">today</span>}
            </button>
          </li>
        ))}
      </ol>
      <ul class="legend" aria-hidden="true">
        {LEGEND.map((kind) => (
          <li key={kind}>
            <span class={`block block-${kind}`} /> {SESSION_NAMES[kind]}
          </li>
        ))}
        {week.days.some((d) => d.sessions.length === 0) && <li><span class="block block-easy" /> Easy day</li>}
      </ul>
    </section>
  );
}
