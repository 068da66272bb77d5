import { useState } from 'preact/hooks';
import { fromDisplay, toDisplay } from '../../lib/domain/units';
import type { Units } from '../../lib/schemas/settings';

export interface NumberInputProps {
  id: string;
  label: string;
  hint?: string;
  unit: string;
  /** The stored value (km for distances); null for none given. */
  value: number | null;
  min: number;
  max: number;
  step: number;
  /** Distances are shown in the runner's units and stored in km. */
  units?: Units;
  /** An empty box is an answer too: null. */
  optional?: boolean;
  /** A checkbox beside the box that stores null ("I didn't try"). */
  notTriedLabel?: string;
  /** Returns an error message for a stored value, or null when it is allowed. */
  validate: (value: number) => string | null;
  onChange: (value: number | null) => void;
  onValidity: (valid: boolean) => void;
}

/** A labelled number box that saves only valid values and explains an invalid one beside it. */
export function NumberInput(p: NumberInputProps) {
  const shown = p.value === null ? '' : String(p.units ? toDisplay(p.value, p.units) : p.value);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notTried, setNotTried] = useState(p.value === null);
  const describedBy = [p.hint ? `${p.id}-hint` : '', error ? `${p.id}-error` : ''].filter(Boolean).join(' ') || undefined;

  const onInput = (text: string) => {
    setDraft(text);
    if (text.trim() === '' && (p.optional || p.notTriedLabel)) {
      setError(null);
      p.onValidity(true);
      return p.onChange(null);
    }
    const typed = text.trim() === '' ? NaN : Number(text);
    const stored = p.units && Number.isFinite(typed) ? fromDisplay(typed, p.units) : typed;
    const problem = Number.isFinite(stored) ? p.validate(stored) : 'Enter a number.';
    setError(problem);
    p.onValidity(problem === null);
    if (problem === null) {
      setNotTried(false);
      p.onChange(stored);
    }
  };
  const onNotTried = (checked: boolean, input: HTMLInputElement | null) => {
    setNotTried(checked);
    if (!checked) return input?.focus();
    setDraft('');
    setError(null);
    p.onValidity(true);
    p.onChange(null);
  };

  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      {p.hint && (
        <p class="hint" id={`${p.id}-hint`}>
          {p.hint}
        </p>
      )}
      <div class="number-row">
        <input
          id={p.id}
          type="number"
          inputMode="decimal"
          min={p.units ? toDisplay(p.min, p.units) : p.min}
          max={p.units ? toDisplay(p.max, p.units) : p.max}
          step={p.step}
          value={draft ?? shown}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(e) => onInput(e.currentTarget.value)}
          onBlur={() => !error && setDraft(null)}
        />
        <span class="unit">{p.unit}</span>
        {p.notTriedLabel && (
          <label class="option not-tried">
            <input
              type="checkbox"
              checked={notTried && p.value === null}
              onChange={(e) => onNotTried(e.currentTarget.checked, document.getElementById(p.id) as HTMLInputElement | null)}
            />
            <span>{p.notTriedLabel}</span>
          </label>
        )}
      </div>
      {error && (
        <p class="error" id={`${p.id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
