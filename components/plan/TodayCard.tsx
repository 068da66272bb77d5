import { describeSession } from '../../lib/words/describe';
import { DAY_NAMES } from '../../lib/domain/week-days';
import type { LoggedKind, LoggedSession, LogEntries } from '../../lib/schemas/log';
import type { DayPlan } from '../../lib/schemas/plan';
import type { GuidedKind } from '../../lib/schemas/guided-progress';
import type { Units } from '../../lib/schemas/settings';
import { effortCue } from '../../lib/words/effort-words';
import { LogSession } from '../log/LogSession';

export type { GuidedKind } from '../../lib/schemas/guided-progress';

const START_LABEL: Record<GuidedKind, string> = { 'warm-up': 'Start warm-up', strength: 'Start strength', 'cool-down': 'Start cool-down' };
const LOGGED: readonly string[] = ['run', 'strength', 'cross-training'] satisfies LoggedKind[];

function headlineOf(kinds: readonly string[]): string {
  if (kinds.length === 0) return 'Easy day';
  if (kinds.includes('run')) return 'Run day';
  if (kinds.includes('rest')) return 'Rest day';
  return kinds.includes('strength') ? 'Strength day' : 'Cross-training day';
}

/** Logging for a day that has come: its date, what is logged, the pain "as usual". */
export interface DayLog {
  date: string;
  entries: LogEntries;
  usualPain: number;
  onLog: (session: LoggedSession) => void;
}

/**
 * What a day holds, in order, with a button to start each guided part and, once the day has come,
 * a way to log each session; an empty day is an easy one. Today's card by default; with `onClose`,
 * the day chosen from the week strip.
 */
export function TodayCard({ day, units, onStart, onClose, log }: { day: DayPlan; units: Units; onStart: (kind: GuidedKind) => void; onClose?: () => void; log?: DayLog }) {
  const kinds = day.sessions.map((s) => s.kind);
  const chosen = onClose !== undefined;
  const headingId = chosen ? 'day-view-heading' : 'today-heading';
  return (
    <section class={`${chosen ? 'day-view' : 'today'} card`} id={chosen ? 'day-view' : undefined} aria-labelledby={headingId}>
      <div class="card-header">
        <h2 id={headingId} tabIndex={-1}>
          {chosen ? '' : 'Today, '}
          {DAY_NAMES[day.day]}: {headlineOf(kinds)}
        </h2>
        {chosen && (
          <button type="button" class="icon-button close" onClick={onClose} aria-label={`Close ${DAY_NAMES[day.day]}`}>
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" /></svg>
          </button>
        )}
      </div>
      {kinds.length === 0 ? (
        <p>Nothing planned {chosen ? 'this day' : 'today'}: a walk if you like.</p>
      ) : (
        <ol class="sessions">
          {day.sessions.map((s, i) => {
            const cue = effortCue(s);
            const label = describeSession(s, units);
            const kind = s.kind as LoggedKind;
            return (
              <li key={i} class={`session session-${s.kind}`}>
                <div class="session-row">
                  <span>
                    {label}
                    {cue && (
                      <span class="effort">
                        <span class="visually-hidden">, </span>
                        {cue}
                      </span>
                    )}
                  </span>
                  {(s.kind === 'warm-up' || s.kind === 'strength' || s.kind === 'cool-down') && (
                    <button type="button" class={s.kind === 'warm-up' ? 'primary' : 'secondary'} onClick={() => onStart(s.kind as GuidedKind)}>
                      {START_LABEL[s.kind as GuidedKind]}
                    </button>
                  )}
                </div>
                {log && LOGGED.includes(s.kind) && (
                  <LogSession
                    key={`${log.date}-${kind}`}
                    label={label}
                    kind={kind}
                    date={log.date}
                    plannedKm={s.kind === 'run' && !s.intervals ? s.km : undefined}
                    units={units}
                    usualPain={log.usualPain}
                    entry={log.entries.sessions.find((e) => e.date === log.date && e.kind === kind)}
                    onLog={log.onLog}
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
      {kinds.includes('rest') && <p class="small">An easy walk is plenty. Keep an eye on the desk checklists.</p>}
    </section>
  );
}
