import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { GuidedKind } from '../../lib/schemas/guided-progress';
import type { PlanItem } from '../../lib/schemas/plan';
import type { RestSeconds } from '../../lib/schemas/settings';
import { createGuidedSession, type GuidedRun } from '../../lib/state/guided-session';
import { GuidedView } from './GuidedSession';
import { MovedNote, MoveToPanel } from './MoveToPanel';

export interface GuidedScreenProps {
  /** A session to begin; null: take up the one in progress. */
  start: { kind: GuidedKind; items: readonly PlanItem[]; restSeconds: RestSeconds; date: string } | null;
  sound: boolean;
  onBeep: () => void;
  /** Back to the plan, with why if a stored session could not be picked up. */
  onClose: (notice: string | null) => void;
  /** Opens the side panel (from the click); the popup then closes. Absent where there is none. */
  continueInPanel?: (saved: Promise<void>) => Promise<void>;
  /** Saying how it went, on the "all done" card, for the session being guided (begun here or taken up). */
  logPrompt?: (run: Pick<GuidedRun, 'kind' | 'date'>) => ComponentChildren;
}

/**
 * The popup's guided session. Its model is made here, not at the entrypoint, so its code loads
 * only when a session is shown (the popup's first screen stays small).
 */
export function GuidedScreen({ start, sound, onBeep, onClose, continueInPanel, logPrompt }: GuidedScreenProps) {
  // The latest wishes, read when a step ends: the session itself is made once.
  const beep = useRef({ sound, onBeep });
  beep.current = { sound, onBeep };
  const session = useMemo(() => createGuidedSession({ onStepEnd: () => beep.current.sound && beep.current.onBeep() }), []);
  const moved = useSignal<'no' | 'yes' | 'failed'>('no');
  useEffect(() => {
    void (start ? session.begin(start.kind, start.items, start.restSeconds, start.date) : session.load());
    return session.dispose;
  }, [session]);
  const run = session.run.value;
  // Read afresh: beginning sets both during the effects of this very render.
  useEffect(() => {
    if (session.loaded.peek() && !session.run.peek()) onClose(session.notice.peek());
  }, [session.loaded.value, run]);
  if (!run) return <p class="loading">Loading your session…</p>;

  const move = () => {
    // Both from the click: Firefox opens its sidebar only straight from one.
    const saved = session.moveTo('panel');
    moved.value = 'yes';
    continueInPanel!(saved).catch(() => {
      moved.value = 'failed';
      void session.moveTo('popup');
    });
  };
  return (
    <GuidedView kind={run.kind} items={run.items} steps={run.steps} timer={run.timer} restSeconds={run.restSeconds} overview onClose={() => void session.end()} logPrompt={logPrompt?.(run)}>
      {continueInPanel && (moved.value === 'yes' ? <MovedNote kind={run.kind} onKeep={() => (moved.value = 'no')} /> : <MoveToPanel failed={moved.value === 'failed'} onMove={move} />)}
    </GuidedView>
  );
}
