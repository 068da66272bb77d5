import { DAY_NAMES } from '../../lib/domain/week-days';
import { DAYS } from '../../lib/schemas/answers';
import type { DeskState } from '../../lib/state/desk-state';


/**
 * The opt-in posture breaks: one line with a switch while off; how often, hours, days and this week's
 * count while on. `moveOnly` (no routine, as under a safety stop): reminders to get up, nothing to do.
 */
export function BreaksSection({ desk, moveOnly, onStartNow }: { desk: DeskState; moveOnly: boolean; onStartNow: () => void }) {
  const s = desk.breakSettings.value;
  const pending = desk.breakPending.value;
  return (
    <section class={`breaks${s.enabled ? ' on' : ''}`} aria-labelledby="breaks-heading">
      <div class="breaks-line">
        <h2 id="breaks-heading">{moveOnly ? 'Reminders to get up' : 'Posture breaks'}</h2>
        <label class="switch">
          <span aria-hidden="true">{pending ? '' : s.enabled ? 'On' : 'Off'}</span>
          <input
            type="checkbox"
            role="switch"
            aria-labelledby="breaks-heading"
            aria-describedby={pending ? 'breaks-pending' : undefined}
            checked={s.enabled}
            // aria-disabled rather than disabled, so keyboard focus stays on the switch while the prompt is open.
            aria-disabled={pending}
            onClick={(e) => pending && e.preventDefault()}
            onChange={(e) => !pending && void desk.setBreaks({ enabled: e.currentTarget.checked })}
          />
        </label>
      </div>
      {pending && (
        <p class="small" id="breaks-pending" role="status">
          Waiting for your answer… Your browser is asking whether Backstride may show notifications.
        </p>
      )}
      {desk.breakMessage.value && (
        <p class="error" role="alert">
          {desk.breakMessage.value}
        </p>
      )}
      {s.enabled && <BreakSettingsForm desk={desk} onStartNow={moveOnly ? null : onStartNow} />}
    </section>
  );
}

/** How often, the working hours and days, this week's count, and a break on demand: shown while breaks are on. */
function BreakSettingsForm({ desk, onStartNow }: { desk: DeskState; onStartNow: (() => void) | null }) {
  const s = desk.breakSettings.value;
  const week = desk.breaksThisWeek.value;
  return (
    <>
      <div class="break-settings">
        <label>
          Every{' '}
          <select value={s.everyMinutes} onChange={(e) => void desk.setBreaks({ everyMinutes: Number(e.currentTarget.value) })}>
            {[20, 30, 40, 45, 60, 90].map((m) => (
              <option key={m} value={m}>
                {m} minutes
              </option>
            ))}
          </select>
        </label>
        <span class="hours">
          <label>
            From <input type="time" value={s.start} onChange={(e) => /^\d\d:\d\d$/.test(e.currentTarget.value) && void desk.setBreaks({ start: e.currentTarget.value })} />
          </label>
          <label>
            to <input type="time" value={s.end} onChange={(e) => /^\d\d:\d\d$/.test(e.currentTarget.value) && void desk.setBreaks({ end: e.currentTarget.value })} />
          </label>
        </span>
      </div>
      {s.end <= s.start && (
        <p class="error" role="alert">
          The end time is before the start time, so no breaks will come. Set the hours you work.
        </p>
      )}
      <fieldset class="field options compact">
        <legend>On these days</legend>
        {DAYS.map((d) => (
          <label key={d} class="option">
            <input
              type="checkbox"
              checked={s.days.includes(d)}
              onChange={(e) => void desk.setBreaks({ days: DAYS.filter((x) => (x === d ? e.currentTarget.checked : s.days.includes(x))) })}
            />
            <span>{DAY_NAMES[d].slice(0, 3)}</span>
          </label>
        ))}
      </fieldset>
      <p class="small">
        This week: {week.taken} {week.taken === 1 ? 'break' : 'breaks'} taken, {week.skipped} skipped.
      </p>
      {onStartNow && (
        <button type="button" class="secondary" onClick={onStartNow}>
          Take a break now
        </button>
      )}
    </>
  );
}
