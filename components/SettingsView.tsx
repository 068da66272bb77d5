import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { Disclaimer } from './Disclaimer';
import { PrivacyLink } from './PrivacyLink';
import { lazy } from './lazy';
import { useScreenHeading } from './use-screen-heading';
import { REST_SECONDS } from '../lib/schemas/settings';
import type { AppState } from '../lib/state/app-state';

// Export and import load their code (schemas, messages) only when Settings shows them.
const DataTransfer = lazy(() => import('./DataTransfer').then((m) => m.DataTransfer));

/** Units, paper size, programme start date, and the guided timer's rests and sound. */
export function SettingsView({ state, onClose }: { state: AppState; onClose: () => void }) {
  const heading = useScreenHeading();
  const s = state.settings.value;
  return (
    <main class="settings">
      <header class="plan-header">
        <h1 tabIndex={-1} ref={heading}>Settings</h1>
        <button type="button" class="link" onClick={onClose}>
          Done
        </button>
      </header>
      {/* Laid out like the paper choice below it: the same size, on the same side. */}
      <fieldset class="field options compact">
        <legend>Distances</legend>
        {(['km', 'mi'] as const).map((units) => (
          <label key={units} class="option">
            <input type="radio" name="units" value={units} checked={s.units === units} onChange={() => state.updateSettings({ units })} />
            <span>{units === 'km' ? 'km' : 'miles'}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="field options compact">
        <legend>Paper for the printed sheet</legend>
        {(['a4', 'letter'] as const).map((paper) => (
          <label key={paper} class="option">
            <input type="radio" name="paper" checked={s.paper === paper} onChange={() => state.updateSettings({ paper })} />
            <span>{paper === 'a4' ? 'A4' : 'US Letter'}</span>
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="start-date">Programme start date</label>
        <input id="start-date" type="date" value={s.startDate ?? ''} onChange={(e) => /^\d{4}-\d{2}-\d{2}$/.test(e.currentTarget.value) && state.updateSettings({ startDate: e.currentTarget.value })} />
        <p class="hint">Week 1 starts on the Monday of that week.</p>
      </div>
      <fieldset class="field options compact">
        <legend>Rest between sets</legend>
        {REST_SECONDS.map((restSeconds) => (
          <label key={restSeconds} class="option">
            <input type="radio" name="rest" checked={s.restSeconds === restSeconds} onChange={() => state.updateSettings({ restSeconds })} />
            <span>{restSeconds} s</span>
          </label>
        ))}
        <p class="hint">In guided strength and warm-up sessions. A session already under way keeps its rests.</p>
      </fieldset>
      <label class="option">
        <input type="checkbox" checked={s.sound} onChange={(e) => state.updateSettings({ sound: e.currentTarget.checked })} />
        <span>Beep when a timer ends</span>
      </label>
      <DataTransfer state={state} />
      <YourData onErase={state.eraseAll} />
      <Disclaimer />
    </main>
  );
}

/** Where the runner's data lives, and a way to delete all of it, asked twice. */
function YourData({ onErase }: { onErase: () => Promise<void> }) {
  const confirming = useSignal(false);
  const keep = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Keyboard focus follows the question: to the safe answer when asked, back when it is withdrawn
  // (not on first showing, when the screen's heading has it).
  useEffect(() => {
    if (confirming.value) asked.current = true;
    if (asked.current) (confirming.value ? keep : ask).current?.focus();
  }, [confirming.value]);
  return (
    <section class="your-data" aria-labelledby="your-data-heading">
      <h2 id="your-data-heading">Your data</h2>
      <p class="hint">Your answers, plan, ticks and settings stay in this browser. Nothing is sent anywhere.</p>
      <PrivacyLink />
      {confirming.value ? (
        <div role="group" aria-label="Delete all your data?">
          <p>Delete everything and start again from the questions? This cannot be undone.</p>
          <div class="actions-row">
            <button type="button" class="danger" onClick={() => void onErase()}>
              Delete everything
            </button>
            <button type="button" class="secondary" ref={keep} onClick={() => (confirming.value = false)}>
              Keep my data
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="secondary" ref={ask} onClick={() => (confirming.value = true)}>
          Delete all my data
        </button>
      )}
    </section>
  );
}
