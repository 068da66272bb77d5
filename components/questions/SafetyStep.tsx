import { RED_FLAG_QUESTION } from '../../lib/state/safety-step-texts';
import { HISTORY_FLAGS } from '../../lib/domain/check-safety';
import type { RedFlag } from '../../lib/schemas/answers';
import type { QuestionOption } from '../../lib/schemas/question';
import { longDate } from '../long-date';

export interface SafetyStepProps {
  flags: readonly RedFlag[];
  /** Flags a clinician has cleared (still ticked, no longer stopping). */
  cleared: readonly RedFlag[];
  /** When each flag was last cleared (YYYY-MM-DD). */
  clearedOn: Partial<Record<RedFlag, string>>;
  none: boolean;
  error: string | null;
  onFlags: (flags: RedFlag[]) => void;
  onNone: (none: boolean) => void;
  /** The runner says a cleared flag is new or worse since it was cleared (or takes that back). */
  onWorse: (flag: RedFlag, worse: boolean) => void;
}

/**
 * The red-flag screen: the one step with no default. Symptoms now and things that happened are
 * asked apart; tick any that apply, or say none do. A flag a clinician cleared shows when, with a
 * box to say it is new or worse since.
 */
export function SafetyStep(p: SafetyStepProps) {
  const q = RED_FLAG_QUESTION;
  const toggle = (flag: RedFlag, on: boolean) => {
    const next = on ? [...p.flags, flag] : p.flags.filter((f) => f !== flag);
    // Keep the options' own order, so stored lists read the same way every time.
    p.onFlags(q.options.map((o) => o.value as RedFlag).filter((f) => next.includes(f)));
  };
  const group = (id: string, legend: string, options: QuestionOption[]) => (
    <fieldset class="field options flags" id={id} aria-describedby={p.error ? 'safety-error' : undefined}>
      <legend>{legend}</legend>
      {options.map((o) => {
        const flag = o.value as RedFlag;
        const ticked = p.flags.includes(flag);
        const clearedOn = ticked ? p.clearedOn[flag] : undefined;
        return (
          <div key={flag} class="flag-option">
            <label class="option">
              <input type="checkbox" name="redFlags" value={flag} checked={ticked} onChange={(e) => toggle(flag, e.currentTarget.checked)} />
              <span>{o.label}</span>
            </label>
            {clearedOn && (
              <label class="option cleared">
                <input type="checkbox" checked={!p.cleared.includes(flag)} onChange={(e) => p.onWorse(flag, e.currentTarget.checked)} />
                <span>
                  A clinician cleared this on {longDate(clearedOn)}. Tick if it is new or worse since.
                </span>
              </label>
            )}
          </div>
        );
      })}
    </fieldset>
  );
  const history = (o: QuestionOption) => HISTORY_FLAGS.includes(o.value as RedFlag);
  return (
    <>
      {group('flags-now', q.label, q.options.filter((o) => !history(o)))}
      {group('flags-history', q.historyLabel, q.options.filter(history))}
      <label class="option none-option">
        <input type="checkbox" checked={p.none} aria-describedby={p.error ? 'safety-error' : undefined} onChange={(e) => p.onNone(e.currentTarget.checked)} />
        <span>None of these apply to me</span>
      </label>
      {p.error && (
        <p class="error" id="safety-error" role="alert">
          {p.error}
        </p>
      )}
    </>
  );
}
