import type { ReadonlySignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import type { Plan } from '../../lib/schemas/plan';
import type { AppState } from '../../lib/state/app-state';
import type { GuidedSession } from '../../lib/state/guided-session';
import { GuidedLogPrompt } from '../log/GuidedLogPrompt';
import { GuidedView } from './GuidedSession';

/**
 * The side panel's guided session, moved here from the popup: shown in place of the checklists until
 * it is closed, with "how did it go?" at its end like the popup's. Never under a safety stop.
 */
export function PanelGuided({ session, app, plan, children }: { session: GuidedSession; app: AppState; plan: ReadonlySignal<Plan | null>; children: ComponentChildren }) {
  const run = session.run.value;
  if (!session.loaded.value) return <p class="loading">Loading…</p>;
  if (!run || session.place.value !== 'panel' || app.stopped.value) return <>{children}</>;
  return (
    <GuidedView
      kind={run.kind}
      items={run.items}
      steps={run.steps}
      timer={run.timer}
      restSeconds={run.restSeconds}
      overview
      onClose={() => void session.end()}
      logPrompt={<GuidedLogPrompt state={app} plan={plan.value} kind={run.kind} date={run.date} />}
    />
  );
}
