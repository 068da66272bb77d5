import { formatDistance } from '../../lib/domain/units';
import type { WeekRecord } from '../../lib/schemas/plan';
import type { Units } from '../../lib/schemas/settings';

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Each finished week: its step, sessions done against planned (a small bar), the run, and the step decision in words. */
export function WeekList({ weeks, units }: { weeks: readonly WeekRecord[]; units: Units }) {
  return (
    <ol class="pv-weeks">
      {weeks.map((w) => (
        <li key={w.calendarWeek}>
          <p class="pv-week-title">
            <strong>Week {w.calendarWeek}</strong> <span class="small">step {w.step}</span>
          </p>
          <div class="pv-bar" aria-hidden="true">
            <span style={{ width: `${w.planned === 0 ? 0 : Math.min(100, (w.done / w.planned) * 100)}%` }} />
          </div>
          <p class="small">
            {w.done} of {w.planned} sessions · {formatDistance(w.loggedKm, units)} run
          </p>
          <p>{capital(w.said)}.</p>
        </li>
      ))}
    </ol>
  );
}
