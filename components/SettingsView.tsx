import { Disclaimer } from './Disclaimer';
import { useScreenHeading } from './use-screen-heading';
import type { AppState } from '../lib/state/app-state';
import { UnitsSwitch } from './UnitsSwitch';

/** Units, paper size, programme start date and the timer's sound. */
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
      <div class="field">
        <span class="label">Distances</span>
        <UnitsSwitch units={s.units} onChange={(units) => state.updateSettings({ units })} />
      </div>
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
      <label class="option">
        <input type="checkbox" checked={s.sound} onChange={(e) => state.updateSettings({ sound: e.currentTarget.checked })} />
        <span>Beep when a timer ends</span>
      </label>
      <Disclaimer />
    </main>
  );
}
