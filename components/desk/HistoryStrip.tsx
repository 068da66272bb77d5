import { dayOfIsoDate } from '../../lib/domain/calendar';
import type { HistoryDay } from '../../lib/domain/checklist-progress';
import { DAY_NAMES } from '../../lib/domain/week-days';

/**
 * The last 14 days, oldest first: a box a day under its initial, filled on a day with any tick (and
 * checked when the whole list was), today outlined; a sentence says the same for everyone.
 */
export function HistoryStrip({ history }: { history: readonly HistoryDay[] }) {
  const days = history.filter((d) => d.done > 0).length;
  const today = history.at(-1)?.day;
  return (
    <div class="history">
      <ol class="history-days" aria-hidden="true">
        {history.map((d) => {
          const name = DAY_NAMES[dayOfIsoDate(d.day)];
          const state = d.done === 0 ? 'empty' : d.done === d.total ? 'full' : 'some';
          return (
            <li key={d.day} class={`history-day ${state}${d.day === today ? ' today' : ''}`} title={`${d.day === today ? 'Today' : name.slice(0, 3)} ${d.day.slice(8)}: ${d.done} of ${d.total}`}>
              <span class="history-box">{state === 'full' ? '✓' : ''}</span>
              <span class="history-letter">{name[0]}</span>
            </li>
          );
        })}
      </ol>
      <p class="history-summary">
        Ticked on {days} of the last {history.length} days{history.at(-1)?.done ? ', today too' : ''}.
      </p>
    </div>
  );
}
