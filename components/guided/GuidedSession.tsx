import { Disclaimer } from '../Disclaimer';
import { MidSessionStop } from '../MidSessionStop';
import { useScreenHeading } from '../use-screen-heading';
import { useEffect, useMemo } from 'preact/hooks';
import { formatDose } from '../../lib/domain/describe';
import { guidedSteps, type GuidedStep } from '../../lib/domain/guided-steps';
import type { PlanItem } from '../../lib/schemas/plan';
import { createGuidedTimer } from '../../lib/state/guided-timer';
import { lookUpExercise } from '../../lib/state/library';
import { StickFigure } from '../StickFigure';

const TITLES = { 'warm-up': 'Warm-up', strength: 'Strength', 'cool-down': 'Cool-down', desk: 'Posture break' } as const;

const DONE_TEXT = {
  'warm-up': 'You are warm and ready. Enjoy the run, and keep it easy if your back complains.',
  strength: 'Well done. Stretch gently if anything feels tight.',
  'cool-down': 'Well done. A short walk finishes the job.',
  desk: 'Back to work, a little taller. See you at the next break.',
} as const;

const setText = (s: GuidedStep) => [s.sets > 1 ? `Set ${s.set} of ${s.sets}` : '', s.side ? `${s.side} side` : ''].filter(Boolean).join(', ');
const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export interface GuidedSessionProps {
  kind: keyof typeof TITLES;
  items: readonly PlanItem[];
  sound: boolean;
  onBeep: () => void;
  onClose: () => void;
}

/** A guided session: a figure, the dose and a cue per exercise, with a countdown for every set. */
export function GuidedSession({ kind, items, sound, onBeep, onClose }: GuidedSessionProps) {
  const heading = useScreenHeading();
  const steps = useMemo(() => guidedSteps(items), [items]);
  const timer = useMemo(() => createGuidedTimer(steps, { onStepEnd: () => sound && onBeep() }), [steps, sound, onBeep]);
  useEffect(() => () => timer.stop(), [timer]);
  const step = timer.step.value;
  const next = timer.next.value;
  const found = step && lookUpExercise(step.item.id);
  const position = items.indexOf(step?.item as PlanItem) + 1;

  return (
    <main class="guided">
      <header class="plan-header">
        <h1 tabIndex={-1} ref={heading}>{TITLES[kind]}</h1>
        <button type="button" class="link" onClick={onClose}>
          Close
        </button>
      </header>
      {!step || !found ? (
        <section class="card done" aria-live="polite">
          <h2>All done. Nicely done.</h2>
          <p>{DONE_TEXT[kind]}</p>
          <button type="button" class="primary" onClick={onClose}>
            Done
          </button>
        </section>
      ) : (
        <section class="card exercise" aria-labelledby="exercise-name">
          <p class="step-count">
            Exercise {position} of {items.length}
          </p>
          <StickFigure pose={found.pose} size={132} label={`Stick figure: ${found.exercise.name}`} />
          <h2 id="exercise-name" aria-live="polite">
            {found.exercise.name}
          </h2>
          <p class="dose">
            {formatDose(step.item)}
            {setText(step) && <span> · {setText(step)}</span>}
          </p>
          <ul class="cues">
            {found.exercise.cues.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <p class="countdown" role="timer" aria-label={`${timer.remaining.value} seconds left`}>
            {clock(timer.remaining.value)}
          </p>
          {step.mode === 'reps' && <p class="small">Paced at an easy tempo. Tap Next when you finish the reps.</p>}
          <div class="nav-buttons">
            <button type="button" class="secondary" onClick={timer.back} disabled={timer.index.value === 0}>
              Back
            </button>
            {timer.running.value ? (
              <button type="button" class="primary" onClick={timer.pause}>
                Pause
              </button>
            ) : (
              <button type="button" class="primary" onClick={timer.start}>
                {timer.index.value === 0 && timer.remaining.value === step.seconds ? 'Start' : 'Resume'}
              </button>
            )}
            <button type="button" class="secondary" onClick={timer.skip}>
              {step.mode === 'reps' ? 'Next' : 'Skip'}
            </button>
          </div>
          <p class="next-up">{next ? `Next up: ${next.item.name}${setText(next) ? ` (${setText(next)})` : ''}` : 'Last one.'}</p>
        </section>
      )}
      <MidSessionStop />
      <Disclaimer />
    </main>
  );
}
