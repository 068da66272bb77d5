import type { AppState } from '../lib/state/app-state';
import type { PlanModel } from '../lib/state/plan-model';
import { lazy } from './lazy';
import { NoticeBar } from './NoticeBar';
import type { PopupPlatform } from './popup-platform';

export type { PopupPlatform } from './popup-platform';

// Each screen's code loads when it is shown: a returning runner never loads the questionnaire.
const Questionnaire = lazy(() => import('./questions/Questionnaire').then((m) => m.Questionnaire));
const StopScreen = lazy(() => import('./StopScreen').then((m) => m.StopScreen));
const DistanceCheck = lazy(() => import('./DistanceCheck').then((m) => m.DistanceCheck));
const PlanScreen = lazy(() => import('./plan/PlanScreen').then((m) => m.default));

export type Screen = 'loading' | 'stop' | 'distance' | 'questions' | 'plan';

/** Which screen the popup shows for `state`. */
export function screenOf(state: AppState): Screen {
  const p = state.profile.value;
  if (!state.loaded.value) return 'loading';
  if (state.stopped.value) return 'stop';
  if (p.recheckDistance) return 'distance';
  return !p.done || p.rescreen || p.keptAnswers ? 'questions' : 'plan';
}

/** The popup: questionnaire, stop screen, or the plan with its guided sessions and settings. */
export function PopupApp({ state, plan, platform }: { state: AppState; plan: PlanModel; platform: PopupPlatform }) {
  const screen = screenOf(state);
  const p = state.profile.value;
  return (
    <>
      <NoticeBar notices={state.notices} onDismiss={state.dismissNotices} onUndo={state.undo.value} />
      {screen === 'loading' && <p class="loading">Loading…</p>}
      {screen === 'stop' && (
        <StopScreen
          answers={p.answers}
          triage={state.triage.value}
          onClear={(flags) => void state.clearFlags(flags)}
          onMistake={() => void state.backToSafety()}
          onPain={(level) => void state.reportPain(level)}
        />
      )}
      {screen === 'distance' && (
        <DistanceCheck
          units={state.settings.value.units}
          toPlan={p.done && !p.rescreen && !p.keptAnswers}
          onUnits={(units) => void state.updateSettings({ units })}
          onDistance={(km) => void state.confirmDistance(km)}
        />
      )}
      {screen === 'questions' && <Questionnaire state={state} />}
      {screen === 'plan' && <PlanScreen state={state} model={plan} platform={platform} />}
    </>
  );
}
