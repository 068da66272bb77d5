import { useState } from 'preact/hooks';
import { formatDistance, fromDisplay, toDisplay } from '../../lib/domain/units';
import type { LoggedKind, LoggedSession } from '../../lib/schemas/log';
import type { Units } from '../../lib/schemas/settings';
import { PAIN } from '../../lib/schemas/thresholds';
import { OptionGroup } from '../questions/OptionGroup';
import { PAIN_SCALE } from './pain-scale';

export interface LogSessionProps {
  /** "Run 5 km", "Strength (8)": what is being logged. */
  label: string;
  kind: LoggedKind;
  /** The session's day, YYYY-MM-DD. */
  date: string;
  /** A run's planned distance (km): the form starts from it. */
  plannedKm?: number;
  units: Units;
  /** The pain the one-tap button records (and shows). */
  usualPain: number;
  /** What is logged for it already, if anything. */
  entry?: LoggedSession;
  onLog: (session: LoggedSession) => void;
}

const MAX_KM = 300;

/** How a session went: one tap for "done, as planned, pain as usual", or a short form for the rest. */
export function LogSession({ label, kind, date, plannedKm, units, usualPain, entry, onLog }: LogSessionProps) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(entry?.done ?? true);
  const [pain, setPain] = useState(entry?.pain ?? usualPain);
  const startKm = entry?.km ?? plannedKm;
  const [km, setKm] = useState(startKm === undefined ? '' : String(toDisplay(startKm, units)));
  const isRun = kind === 'run';
  const id = `log-${kind}-${date}`;
  const kmValue = Number(km.replace(',', '.'));
  const kmError = isRun && done && (km.trim() === '' || !Number.isFinite(kmValue) || kmValue < 0 || fromDisplay(kmValue, units) > MAX_KM) ? `Enter the distance you ran, 0 to ${formatDistance(MAX_KM, units)}.` : null;

  const asUsual = () => onLog({ date, kind, done: true, pain: usualPain, ...(isRun && plannedKm !== undefined ? { km: plannedKm } : {}) });
  const save = (e: Event) => {
    e.preventDefault();
    if (kmError) return;
    onLog(done ? { date, kind, done, pain, ...(isRun ? { km: fromDisplay(kmValue, units) } : {}) } : { date, kind, done });
    setOpen(false);
  };

  if (open) {
    return (
      <form class="log-form" onSubmit={save} aria-label={`Log ${label}`}>
        <OptionGroup
          id={`${id}-done`}
          legend="How did it go?"
          compact
          options={[
            { value: 'done', label: 'Done' },
            { value: 'skipped', label: 'Skipped' },
          ]}
          selected={[done ? 'done' : 'skipped']}
          multiple={false}
          onChange={([v]) => setDone(v === 'done')}
        />
        {done && (
          <OptionGroup
            id={`${id}-pain`}
            legend="Worst back pain during it or in the hour after"
            hint="0 is none, 10 the worst you can imagine."
            options={PAIN_SCALE}
            selected={[String(pain)]}
            multiple={false}
            compact
            scale
            onChange={([v]) => setPain(Number(v))}
          />
        )}
        {done && isRun && (
          <div class="field">
            <label for={`${id}-km`}>Distance you ran ({units})</label>
            <input id={`${id}-km`} type="text" inputMode="decimal" value={km} aria-invalid={kmError ? 'true' : undefined} aria-describedby={kmError ? `${id}-km-error` : undefined} onInput={(e) => setKm(e.currentTarget.value)} />
            {kmError && (
              <p class="error" id={`${id}-km-error`}>
                {kmError}
              </p>
            )}
          </div>
        )}
        <div class="actions-row">
          <button type="submit" class="primary">
            Save
          </button>
          <button type="button" class="secondary" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </div>
      </form>
    );
  }
  if (entry) {
    const said = entry.done ? `Done, pain ${entry.pain}/10${entry.km !== undefined && isRun ? `, ${formatDistance(entry.km, units)}` : ''}` : 'Skipped';
    return (
      <p class="logged">
        <span>
          <span aria-hidden="true">{entry.done ? '✓ ' : '– '}</span>
          {said}
        </span>
        <button type="button" class="link" onClick={() => setOpen(true)} aria-label={`Change: ${label}`}>
          Change
        </button>
      </p>
    );
  }
  // Pain above the mid-session limit is never "as usual": it is logged with its own number.
  const oneTap = usualPain <= PAIN.midSessionStopAbove;
  return (
    <div class="log-buttons">
      {oneTap && (
        <button type="button" class="secondary" onClick={asUsual} aria-label={`Done, pain ${usualPain} as usual: ${label} as planned`}>
          Done, pain {usualPain} as usual
        </button>
      )}
      <button type="button" class={oneTap ? 'link' : 'secondary'} onClick={() => setOpen(true)} aria-label={`${oneTap ? 'Other…' : 'Log it'} (${label})`}>
        {oneTap ? 'Other…' : 'Log it'}
      </button>
    </div>
  );
}
