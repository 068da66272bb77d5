import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { GuidedKind } from '../../lib/schemas/guided-progress';
import type { PlanItem } from '../../lib/schemas/plan';
import type { AppState } from '../../lib/state/app-state';
import { createCurrentPlan } from '../../lib/state/current-plan';
import { guidedInProgress } from '../../lib/state/guided-in-progress';
import { Disclaimer } from '../Disclaimer';
import { lazy } from '../lazy';
import { NoticeBar } from '../NoticeBar';
import type { PopupPlatform } from '../popup-platform';
import { PlanView } from './PlanView';

const GuidedScreen = lazy(() => import('../guided/GuidedScreen').then((m) => m.GuidedScreen));
const SettingsView = lazy(() => import('../SettingsView').then((m) => m.SettingsView));
const AnswersView = lazy(() => import('./AnswersView').then((m) => m.AnswersView));

/** A guided view begins a session, or (`start: null`) takes up the one in progress. */
type View = { name: 'plan' } | { name: 'settings' } | { name: 'answers' } | { name: 'guided'; start: { kind: GuidedKind; items: readonly PlanItem[] } | null };

/** Everything after the questionnaire: the plan, guided sessions and settings. */
export default function PlanScreen({ state, platform }: { state: AppState; platform: PopupPlatform }) {
  const current = useMemo(() => createCurrentPlan(state, { build: platform.version }), [state, platform.version]);
  useEffect(() => current.dispose, [current]);
  const view = useSignal<View>({ name: 'plan' });
  const back = () => (view.value = { name: 'plan' });
  const plan = current.plan.value;
  // A session in progress when the popup opens (it closes on any click outside) is taken up again.
  const checked = useSignal(false);
  const notices = useSignal<string[]>([]);
  useEffect(() => {
    void guidedInProgress().then((yes) => {
      if (yes && view.peek().name === 'plan') view.value = { name: 'guided', start: null };
      checked.value = true;
    });
  }, []);

  if (view.value.name === 'settings') return <SettingsView state={state} onClose={back} />;
  if (view.value.name === 'answers') return <AnswersView state={state} onClose={back} />;
  if (view.value.name === 'guided') {
    const { start } = view.value;
    return (
      <GuidedScreen
        start={start && { ...start, restSeconds: state.settings.value.restSeconds }}
        sound={state.settings.value.sound}
        onBeep={platform.beep}
        continueInPanel={platform.continueInPanel}
        onClose={(notice) => {
          if (notice) notices.value = [notice];
          back();
        }}
      />
    );
  }
  if (current.status.value === 'failed') {
    return (
      <main class="plan">
        <h1>This week</h1>
        <p role="alert">Your plan could not be put together just now.</p>
        <button type="button" class="primary" onClick={current.retry}>
          Try again
        </button>
        <Disclaimer />
      </main>
    );
  }
  if (!plan || !checked.value) return <p class="loading">Loading your plan…</p>;
  return (
    <>
      <NoticeBar notices={notices} onDismiss={() => (notices.value = [])} />
      <PlanView
        state={state}
        plan={plan}
        actions={{
          onStart: (kind, day) => {
            const sessions = plan.week?.days.find((d) => d.day === day)?.sessions ?? [];
            view.value = { name: 'guided', start: { kind, items: sessions.find((s) => s.kind === kind)?.items ?? [] } };
          },
          onPrint: platform.openSheet,
          onChecklists: platform.openChecklists,
          onSettings: () => (view.value = { name: 'settings' }),
          onAnswers: () => (view.value = { name: 'answers' }),
        }}
      />
    </>
  );
}
