import type { HistoryDay } from '../../lib/domain/checklist-progress';

/** Fourteen small bars, one a day, filled by how much of the list was ticked. */
export function HistoryStrip({ history, title }: { history: readonly HistoryDay[]; title: string }) {
  const days = history.filter((d) => d.done > 0).length;
  return (
    <div class="history" role="img" aria-label={`${title}: ticked on ${days} of the last ${history.length} days`}>
      {history.map((d) => (
        <span key={d.day} class="history-day" title={`${d.day}: ${d.done} of ${d.total}`}>
          <span style={{ height: `${d.total ? Math.round((d.done / d.total) * 100) : 0}%` }} />
        </span>
      ))}
    </div>
  );
}
