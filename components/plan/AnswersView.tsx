import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { AskedField } from '../../lib/schemas/question';
import type { AppState } from '../../lib/state/app-state';
import { Disclaimer } from '../Disclaimer';
import { QuestionField } from '../questions/QuestionField';
import { useScreenHeading } from '../use-screen-heading';

/** The answers that change between retakes, each under the step it came from: a new weekly distance, new shoes, the pain now. */
const CHANGEABLE: readonly { field: AskedField; title: string }[] = [
  { field: 'weeklyKm', title: 'Your running' },
  { field: 'shoeKm', title: 'Your shoes' },
  { field: 'painLevel', title: 'Your back pain' },
];

/** "Your answers": change one answer without a retake, or start the questions again, asked first. */
export function AnswersView({ state, onClose }: { state: AppState; onClose: () => void }) {
  const heading = useScreenHeading();
  const { answers } = state.profile.value;
  return (
    <main class="answers">
      <header class="plan-header">
        <h1 tabIndex={-1} ref={heading}>
          Your answers
        </h1>
        <button type="button" class="link" onClick={onClose}>
          Done
        </button>
      </header>
      <p class="hint">Something changed? Change it here and your plan follows at once.</p>
      {CHANGEABLE.map(({ field, title }) => (
        <section key={field} class="answer" aria-labelledby={`answer-${field}`}>
          <h2 id={`answer-${field}`}>{title}</h2>
          <QuestionField field={field} answers={answers} units={state.settings.value.units} onChange={(f, v) => void state.setAnswer(f, v as never)} onValidity={() => {}} />
        </section>
      ))}
      <Retake onRetake={state.retake} />
      <Disclaimer />
    </main>
  );
}

/** Every question again, after a yes; the plan stays until the last step is answered. */
function Retake({ onRetake }: { onRetake: () => Promise<void> }) {
  const confirming = useSignal(false);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming.value) keep.current?.focus();
  }, [confirming.value]);
  return (
    <section class="retake" aria-labelledby="retake-heading">
      <h2 id="retake-heading">Start again</h2>
      {confirming.value ? (
        <div role="group" aria-label="Retake the questions?">
          <p>Go through every question again? Your plan stays as it is until you reach the end.</p>
          <div class="actions-row">
            <button type="button" class="primary" onClick={() => void onRetake()}>
              Yes, start the questions
            </button>
            <button type="button" class="secondary" ref={keep} onClick={() => (confirming.value = false)}>
              Not now
            </button>
          </div>
        </div>
      ) : (
        <>
          <p class="hint">A lot changed? Answer every question again.</p>
          <button type="button" class="secondary" onClick={() => (confirming.value = true)}>
            Retake the questions
          </button>
        </>
      )}
    </section>
  );
}
