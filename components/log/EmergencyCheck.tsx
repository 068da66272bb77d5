import { useState } from 'preact/hooks';
import type { RedFlag } from '../../lib/schemas/answers';
import { RECHECK_FLAGS, RED_FLAG_QUESTION } from '../../lib/state/safety-step-texts';

const LABELS = new Map(RED_FLAG_QUESTION.options.map((o) => [o.value as RedFlag, o.label]));

/** The emergency questions again, in the safety step's own words: tick any you have, or say none. */
export function EmergencyCheck({ onAnswer }: { onAnswer: (flags: RedFlag[]) => void }) {
  const [ticked, setTicked] = useState<RedFlag[]>([]);
  const toggle = (flag: RedFlag, on: boolean) => setTicked((t) => (on ? [...t, flag] : t.filter((f) => f !== flag)));
  return (
    <section class="card check-in" aria-labelledby="recheck-heading">
      <h2 id="recheck-heading">A quick safety check</h2>
      <p class="small">Once a week, and when mornings have been worse, we ask these again. Do you have any of them now?</p>
      <fieldset class="field flags">
        <legend class="visually-hidden">Do you have any of these now?</legend>
        {RECHECK_FLAGS.map((flag) => (
          <label key={flag} class="option">
            <input type="checkbox" checked={ticked.includes(flag)} onChange={(e) => toggle(flag, e.currentTarget.checked)} />
            <span>{LABELS.get(flag)}</span>
          </label>
        ))}
      </fieldset>
      <div class="actions-row">
        {ticked.length > 0 ? (
          <button type="button" class="primary" onClick={() => onAnswer(ticked)}>
            Yes, I have {ticked.length === 1 ? 'this' : 'these'}
          </button>
        ) : (
          <button type="button" class="primary" onClick={() => onAnswer([])}>
            None of these
          </button>
        )}
      </div>
    </section>
  );
}
