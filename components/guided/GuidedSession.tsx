import type { ComponentChildren } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import type { GuidedStep } from '../../lib/domain/guided-steps';
import type { PlanItem } from '../../lib/schemas/plan';
import { DEFAULT_REST_SECONDS } from '../../lib/schemas/settings';
import { timelineOf } from '../../lib/state/guided-timeline';
import { createGuidedTimer, type GuidedTimer } from '../../lib/state/guided-timer';
import { Disclaimer } from '../Disclaimer';
import { MidSessionStop } from '../MidSessionStop';
import { useScreenHeading } from '../use-screen-heading';
import { DONE_TEXT, TITLES, type SessionKind } from './guided-words';
import { SessionOverview } from './SessionOverview';
import { StepCard } from './StepCard';

export interface GuidedViewProps {
  kind: SessionKind;
  items: readonly PlanItem[];
  steps: readonly GuidedStep[];
  timer: GuidedTimer;
  restSeconds: number;
  /** Before the first step runs, show the total and the list (the plan's sessions) or go straight in (a desk break). */
  overview: boolean;
  onClose: () => void;
  /** Below the controls: moving the session elsewhere, where the page offers it. */
  children?: ComponentChildren;
  /** On the "all done" card: saying how the session went, where the page offers it. */
  logPrompt?: ComponentChildren;
}

/** A guided session on screen: the total before starting, then each exercise and pause with its countdown, then done. */
export function GuidedView({ kind, items, steps, timer, restSeconds, overview, onClose, children, logPrompt }: GuidedViewProps) {
  const heading = useScreenHeading();
  const step = timer.step.value;
  const starting = overview && timer.index.value === 0 && timer.fresh.value && !timer.running.value;
  return (
    <main class="guided">
      <header class="plan-header">
        <h1 tabIndex={-1} ref={heading}>{TITLES[kind]}</h1>
        <button type="button" class="link" onClick={onClose}>
          Close
        </button>
      </header>
      {!step ? (
        <section class="card done" aria-live="polite">
          <h2>All done. Nicely done.</h2>
          <p>{DONE_TEXT[kind]}</p>
          {logPrompt}
          <button type="button" class="primary" onClick={onClose}>
            Done
          </button>
        </section>
      ) : starting ? (
        <SessionOverview items={items} steps={steps} restSeconds={restSeconds} onStart={timer.start} />
      ) : (
        <StepCard step={step} timer={timer} position={items.indexOf(step.item) + 1} count={items.length} />
      )}
      {step && children}
      <MidSessionStop />
      <Disclaimer />
    </main>
  );
}

export interface GuidedSessionProps {
  kind: SessionKind;
  items: readonly PlanItem[];
  sound: boolean;
  onBeep: () => void;
  onClose: () => void;
}

/** A guided session kept on this page only (the side panel's posture break): it starts on its first exercise. */
export function GuidedSession({ kind, items, sound, onBeep, onClose }: GuidedSessionProps) {
  const steps = useMemo(() => timelineOf(items, DEFAULT_REST_SECONDS), [items]);
  const timer = useMemo(() => createGuidedTimer(steps, { onStepEnd: () => sound && onBeep() }), [steps, sound, onBeep]);
  useEffect(() => () => timer.stop(), [timer]);
  return <GuidedView kind={kind} items={items} steps={steps} timer={timer} restSeconds={DEFAULT_REST_SECONDS} overview={false} onClose={onClose} />;
}
