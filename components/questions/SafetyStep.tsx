import { QUESTIONS } from '../../data/questions';
import type { RedFlag } from '../../lib/schemas/answers';
import { OptionGroup } from './OptionGroup';

export interface SafetyStepProps {
  flags: readonly RedFlag[];
  none: boolean;
  error: string | null;
  onFlags: (flags: RedFlag[]) => void;
  onNone: (none: boolean) => void;
}

/** The red-flag screen: the one step with no default. Tick any that apply, or say none do. */
export function SafetyStep({ flags, none, error, onFlags, onNone }: SafetyStepProps) {
  const q = QUESTIONS.redFlags;
  if (q.kind !== 'flags') throw new Error('redFlags must be asked as flags');
  return (
    <>
      <OptionGroup id="q-redFlags" legend={q.label} options={q.options} selected={flags} multiple onChange={(v) => onFlags(v as RedFlag[])} />
      <label class="option none-option">
        <input type="checkbox" checked={none} aria-describedby={error ? 'safety-error' : undefined} onChange={(e) => onNone(e.currentTarget.checked)} />
        <span>None of these apply to me</span>
      </label>
      {error && (
        <p class="error" id="safety-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
