import { formatDose } from '../../lib/words/describe';
import type { GuidedStep } from '../../lib/domain/guided-steps';
import { lookUpExercise } from '../../lib/state/library';
import type { GuidedTimer } from '../../lib/state/guided-timer';
import { StickFigure } from '../StickFigure';
import { clock, PAUSE_WORDS, setText, stepName } from './guided-words';

/** "Side plank (set 1 of 2, right side)", or with the pause first: "rest 20 s, then Front plank (set 2 of 2)". */
const nextText = (next: GuidedStep) => (next.kind === 'exercise' ? stepName(next) : `${PAUSE_WORDS[next.kind].title.toLowerCase()} ${next.seconds} s, then ${stepName(next)}`);

/** The step in progress: an exercise with its figure, dose and cues, or a pause before the next one; its countdown and controls. */
export function StepCard({ step, timer, position, count }: { step: GuidedStep; timer: GuidedTimer; position: number; count: number }) {
  const found = lookUpExercise(step.item.id);
  const next = timer.next.value;
  const pause = step.kind === 'exercise' ? null : PAUSE_WORDS[step.kind];
  return (
    <section class={`card exercise${pause ? ' pause' : ''}`} aria-labelledby="exercise-name">
      <p class="step-count">
        Exercise {position} of {count} · about {Math.max(1, Math.round(timer.left.value / 60))} min left
      </p>
      {pause ? (
        <>
          <h2 id="exercise-name" aria-live="polite">
            {pause.title}
          </h2>
          <p class="pause-next">Next: {stepName(step)}</p>
          <p class="small">{pause.help}</p>
          {found && <StickFigure figure={found.figure} side={step.side} size={88} label={`Coming up: ${stepName(step)}`} />}
        </>
      ) : (
        <>
          {found && <StickFigure figure={found.figure} side={step.side} size={132} label={`Stick figure: ${stepName(step)}`} moving paused={!timer.running.value} />}
          <h2 id="exercise-name" aria-live="polite">
            {step.item.name}
          </h2>
          <p class="dose">
            {formatDose(step.item)}
            {setText(step) && <span> · {setText(step)}</span>}
          </p>
          {found && (
            <ul class="cues">
              {found.exercise.cues.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          )}
        </>
      )}
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
            {timer.fresh.value ? 'Start' : 'Resume'}
          </button>
        )}
        <button type="button" class="secondary" onClick={timer.skip}>
          {step.mode === 'reps' ? 'Next' : 'Skip'}
        </button>
      </div>
      {!pause && <p class="next-up">{next ? `Next up: ${nextText(next)}` : 'Last one.'}</p>}
    </section>
  );
}
