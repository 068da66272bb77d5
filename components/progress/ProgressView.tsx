import { useMemo } from 'preact/hooks';
import type { LogEntries } from '../../lib/schemas/log';
import type { Progress, WeekRecord } from '../../lib/schemas/plan';
import { PROGRAMME_WEEKS } from '../../lib/schemas/programme';
import type { Units } from '../../lib/schemas/settings';
import { Disclaimer } from '../Disclaimer';
import { dayDate } from '../long-date';
import { useScreenHeading } from '../use-screen-heading';
import { painDays } from './pain-days';
import { ChartKey, PainChart } from './PainChart';
import { ShoeGauge } from './ShoeGauge';
import { weekSummaries } from './week-summary';
import { WeekList } from './WeekList';

const NO_WEEKS: readonly WeekRecord[] = [];

export interface ProgressViewProps {
  /** The worded progress the plan carries. */
  progress: Progress;
  log: LogEntries;
  /** The programme's first Monday, YYYY-MM-DD. */
  start: string;
  /** YYYY-MM-DD */
  today: string;
  units: Units;
  onClose: () => void;
}

/** "Your progress": back pain by day, each week's sessions and step decision, and the shoes. */
export function ProgressView({ progress, log, start, today, units, onClose }: ProgressViewProps) {
  const heading = useScreenHeading();
  const data = useMemo(() => painDays(log, start, today), [log, start, today]);
  const records = progress.weeks ?? NO_WEEKS;
  const summaries = useMemo(() => weekSummaries(data, log, start, records, progress.calendarWeek), [data, log, start, records, progress.calendarWeek]);
  const empty = data.sessions.length === 0 && data.mornings.length === 0;
  return (
    <main class="progress-view">
      <header class="plan-header">
        <h1 tabIndex={-1} ref={heading}>
          Your progress
        </h1>
        <button type="button" class="link" onClick={onClose}>
          Done
        </button>
      </header>
      <p>
        Week {progress.calendarWeek}, step {progress.step} of {PROGRAMME_WEEKS}
        {progress.maintenance ? ' (maintenance)' : ''}. {progress.reasons.length > 0 && `${progress.reasons.map((r, i) => (i === 0 ? r.charAt(0).toUpperCase() + r.slice(1) : r)).join('; ')}.`}
      </p>
      <section aria-labelledby="pv-pain">
        <h2 id="pv-pain">Back pain by day</h2>
        {empty ? (
          <div class="pv-empty">
            <p>
              <strong>Nothing logged yet.</strong> After each session, mark it done with your back pain; the next morning, say how your back feels on getting up. Your chart starts with the first entry.
            </p>
          </div>
        ) : (
          <>
            <PainChart data={data} />
            <ChartKey flares={data.flares.length > 0} />
            <ul class="pv-summary">
              {summaries.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <PainTable data={data} />
          </>
        )}
      </section>
      {records.length > 0 && (
        <section aria-labelledby="pv-weeks">
          <h2 id="pv-weeks">Week by week</h2>
          <WeekList weeks={records} units={units} />
        </section>
      )}
      {progress.shoeKm !== undefined && (
        <section aria-labelledby="pv-shoes">
          <h2 id="pv-shoes">Your shoes</h2>
          <ShoeGauge km={progress.shoeKm} units={units} />
        </section>
      )}
      <Disclaimer />
    </main>
  );
}

/** The chart's numbers as a table, for screen readers (hidden from sight: the chart shows them). */
function PainTable({ data }: { data: ReturnType<typeof painDays> }) {
  const days = [...new Set([...data.sessions, ...data.mornings].map((p) => p.date))].sort();
  const session = new Map(data.sessions.map((p) => [p.date, p.pain]));
  const morning = new Map(data.mornings.map((p) => [p.date, p]));
  return (
    // In a hidden box: a table never shrinks below its content, so it cannot be hidden (and sized) itself.
    <div class="visually-hidden">
      <table>
      <caption>Back pain by day, out of 10</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Worst session pain</th>
          <th scope="col">Morning pain</th>
        </tr>
      </thead>
      <tbody>
        {days.map((d) => (
          <tr key={d}>
            <th scope="row">{dayDate(d)}</th>
            <td>{session.get(d) ?? '–'}</td>
            <td>{morning.has(d) ? `${morning.get(d)!.pain} (${morning.get(d)!.compared})` : '–'}</td>
          </tr>
        ))}
        </tbody>
      </table>
    </div>
  );
}

export default ProgressView;
