import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { AppState } from '../../lib/state/app-state';
import { createCurrentPlan } from '../../lib/state/current-plan';
import { Disclaimer } from '../Disclaimer';
import { lazy } from '../lazy';
import type { PopupPlatform } from '../popup-platform';
import { PlanView } from './PlanView';
import type { GuidedKind } from './TodayCard';

const GuidedSession = lazy(() => import('../guided/GuidedSession').then((m) => m.GuidedSession));
const SettingsView = lazy(() => import('../SettingsView').then((m) => m.SettingsView));

type View = { name: 'plan' } | { name: 'settings' } | { name: 'guided'; kind: GuidedKind };

/** Everything after the questionnaire: the plan, guided sessions and settings. */
export default function PlanScreen({ state, platform }: { state: AppState; platform: PopupPlatform }) {
  const current = useMemo(() => createCurrentPlan(state, { build: platform.version }), [state, platform.version]);
  useEffect(() => current.dispose, [current]);
  const view = useSignal<View>({ name: 'plan' });
  const back = () => (view.value = { name: 'plan' });
  const plan = current.plan.value;

  if (view.value.name === 'settings') return <SettingsView state={state} onClose={back} />;
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
  if (!plan) return <p class="loading">Loading your plan…</p>;
  if (view.value.name === 'guided') {
    const kind = view.value.kind;
    const today = plan.week?.days.find((d) => d.day === state.today.value);
    const items = today?.sessions.find((s) => s.kind === kind)?.items ?? [];
    return <GuidedSession kind={kind} items={items} sound={state.settings.value.sound} onBeep={platform.beep} onClose={back} />;
  }
  return (
    <PlanView
      state={state}
      plan={plan}
      actions={{
        onStart: (kind) => (view.value = { name: 'guided', kind }),
        onPrint: platform.openSheet,
        onChecklists: platform.openChecklists,
        onSettings: () => (view.value = { name: 'settings' }),
      }}
    />
  );
}
