import { describeSession } from '../../lib/domain/describe';
import { DAY_NAMES } from '../../lib/domain/week-days';
import type { Day } from '../../lib/schemas/answers';
import type { WeekPlan } from '../../lib/schemas/plan';
import type { Units } from '../../lib/schemas/settings';

/** The week at a glance: a column a day, a coloured block a session, today outlined. */
export function WeekStrip({ week, today, units }: { week: WeekPlan; today: Day; units: Units }) {
  return (
    <section aria-labelledby="week-heading">
      <h2 id="week-heading">This week</h2>
      <ol class="week-strip">
        {week.days.map((d) => (
          <li key={d.day} class={d.day === today ? 'today' : ''} aria-current={d.day === today ? 'date' : undefined}>
            <span class="day-name" aria-hidden="true">
              {DAY_NAMES[d.day].slice(0, 3)}
            </span>
            <span class="visually-hidden">{DAY_NAMES[d.day]}: </span>
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
          </li>
        ))}
      </ol>
      <ul class="legend" aria-hidden="true">
        <li><span class="block block-warm-up" /> Warm-up</li>
        <li><span class="block block-run" /> Run</li>
        <li><span class="block block-cool-down" /> Cool-down</li>
        <li><span class="block block-strength" /> Strength</li>
        <li><span class="block block-cross-training" /> Cross-training</li>
        <li><span class="block block-rest" /> Rest</li>
        {week.days.some((d) => d.sessions.length === 0) && <li><span class="block block-easy" /> Easy day</li>}
      </ul>
    </section>
  );
}
