import { useState } from 'preact/hooks';
import { formatDistance, fromDisplay } from '../../lib/domain/units';
import type { Units } from '../../lib/schemas/settings';

const MAX_KM = 300;

/** Two weeks with no run logged: how far did the runner run last week? The plan restarts from the answer. */
export function LastWeekDistance({ units, onAnswer }: { units: Units; onAnswer: (km: number) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = (e: Event) => {
    e.preventDefault();
    const value = Number(text.replace(',', '.'));
    if (text.trim() === '' || !Number.isFinite(value) || value < 0 || fromDisplay(value, units) > MAX_KM) return setError(`Enter a distance from 0 to ${formatDistance(MAX_KM, units)}.`);
    onAnswer(fromDisplay(value, units));
  };
  return (
    <section class="card check-in" aria-labelledby="last-week-heading">
      <h2 id="last-week-heading">How far did you run last week?</h2>
      <p class="small">No run has been logged for two weeks. Tell us roughly (0 if none) and your runs restart from there.</p>
      <form onSubmit={save} class="actions-row">
        <label for="last-week-km" class="visually-hidden">
          Distance last week ({units})
        </label>
        <input id="last-week-km" type="text" inputMode="decimal" size={6} value={text} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'last-week-error' : undefined} onInput={(e) => setText(e.currentTarget.value)} />
        <span>{units}</span>
        <button type="submit" class="primary">
          Save
        </button>
      </form>
      {error && (
        <p class="error" id="last-week-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
