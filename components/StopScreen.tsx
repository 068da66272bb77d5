import { useEffect, useRef, useState } from 'preact/hooks';
import type { Triage } from '../lib/domain/check-safety';
import { stopMessages } from '../lib/words/safety-words';
import type { Answers, RedFlag } from '../lib/schemas/answers';
import type { Urgency } from '../lib/schemas/plan';
import { PAIN } from '../lib/schemas/thresholds';
import { Disclaimer } from './Disclaimer';
import { OptionGroup } from './questions/OptionGroup';
import { useScreenHeading } from './use-screen-heading';

// Headings name the situation; the direction below says what to do (and when), so neither repeats the other.
const HEADINGS: Record<Urgency, string> = {
  emergency: 'This needs emergency care',
  urgent: 'This needs a doctor first',
  'severe-pain': 'Your pain is too high to train',
  'not-adult': "Backstride can't help here",
};

const PAIN_OPTIONS = Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }));

export interface StopScreenProps {
  answers: Answers;
  triage: Triage;
  /** A clinician cleared the flags behind this stop (the runner said so; twice for emergency flags). */
  onClear: (flags: RedFlag[]) => void;
  /** "I ticked this by mistake": back to the safety step. */
  onMistake: () => void;
  /** The runner's pain now, after a severe-pain stop. */
  onPain: (level: number) => void;
}

type Mode = 'main' | 'confirm' | 'pain';

/** The safety stop: what to do and by when, no routine, and the ways back to a plan that are safe. */
export function StopScreen({ answers, triage, onClear, onMistake, onPain }: StopScreenProps) {
  const heading = useScreenHeading();
  const urgency = triage.urgency ?? 'urgent';
  const [direction, ...told] = stopMessages(triage);
  const [mode, setMode] = useState<Mode>('main');
  const [pain, setPain] = useState<number | null>(null);
  const [stillHigh, setStillHigh] = useState<number | null>(null);
  const section = useRef<HTMLHeadingElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const started = useRef(false);
  // Focus follows the runner: into a question when it opens, back to its button when it closes.
  useEffect(() => {
    if (!started.current) return void (started.current = true);
    if (mode === 'main') clearButton.current?.focus();
    else section.current?.focus();
  }, [mode]);
  // A new stop (another flag, after clearing one) starts afresh.
  useEffect(() => setMode('main'), [urgency, triage.flags.join()]);

  const flagStop = urgency === 'emergency' || urgency === 'urgent';
  return (
    <main class={`stop stop-${urgency}`}>
      <h1 tabIndex={-1} ref={heading}>
        {HEADINGS[urgency]}
      </h1>
      <p class="stop-direction">{direction}</p>
      {told.length > 0 && (
        <ul>
          {told.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      {flagStop && mode === 'main' && (
        <>
          <p>Backstride shows no exercises until a clinician has checked you. Once they have, tell us here.</p>
          <div class="actions">
            <button type="button" class="secondary" ref={clearButton} onClick={() => (urgency === 'emergency' ? setMode('confirm') : onClear(triage.flags))}>
              {urgency === 'emergency' ? 'I was assessed at an emergency department or by a specialist and discharged' : 'A clinician has checked this and cleared me'}
            </button>
            <button type="button" class="link" onClick={onMistake}>
              I ticked this by mistake
            </button>
          </div>
        </>
      )}
      {flagStop && mode === 'confirm' && (
        <section class="card confirm" aria-labelledby="confirm-heading">
          <h2 id="confirm-heading" tabIndex={-1} ref={section}>
            Please check once more
          </h2>
          <p>
            Only go on if a doctor at an emergency department, or a specialist, examined you for this and let you go home, and nothing has
            come back or got worse since.
          </p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => onClear(triage.flags)}>
              Yes, I was assessed and discharged
            </button>
            <button type="button" class="secondary" onClick={() => setMode('main')}>
              Not yet
            </button>
          </div>
        </section>
      )}
      {urgency === 'severe-pain' && mode === 'main' && (
        <>
          <p>Backstride shows no exercises while your pain is this high.</p>
          <div class="actions">
            <button type="button" class="secondary" ref={clearButton} onClick={() => setMode('pain')}>
              My pain has eased
            </button>
          </div>
        </>
      )}
      {urgency === 'severe-pain' && mode === 'pain' && (
        <form
          class="card"
          aria-labelledby="pain-heading"
          onSubmit={(e) => {
            e.preventDefault();
            if (pain === null) return;
            setStillHigh(pain > PAIN.stopLiftsAtOrBelow ? pain : null);
            onPain(pain);
          }}
        >
          <h2 id="pain-heading" tabIndex={-1} ref={section}>
            Your pain now
          </h2>
          <OptionGroup id="pain-now" legend="How bad is your back pain now?" hint="0 is no pain, 10 is the worst imaginable." options={PAIN_OPTIONS} selected={pain === null ? [] : [String(pain)]} multiple={false} compact scale onChange={([v]) => setPain(Number(v))} />
          {stillHigh !== null && (
            <p class="error" role="alert">
              At {stillHigh} out of 10, the advice above still stands.
            </p>
          )}
          <div class="actions">
            <button type="submit" class="primary" disabled={pain === null}>
              Save
            </button>
            <button type="button" class="secondary" onClick={() => setMode('main')}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <Disclaimer />
    </main>
  );
}
