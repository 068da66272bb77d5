import type { AppState } from '../lib/state/app-state';
import { lazy } from './lazy';
import { NoticeBar } from './NoticeBar';

export interface PopupPlatform {
  openSheet: () => void;
  openChecklists: () => void;
  beep: () => void;
  /** The extension's version: a plan stored by another version is built again. */
  version: string;
}

// Each screen's code loads when it is shown: a returning runner never loads the questionnaire.
const Questionnaire = lazy(() => import('./questions/Questionnaire').then((m) => m.Questionnaire));
const StopScreen = lazy(() => import('./StopScreen').then((m) => m.StopScreen));
const PlanScreen = lazy(() => import('./plan/PlanScreen').then((m) => m.default));

/** The popup: questionnaire, stop screen, or the plan with its guided sessions and settings. */
export function PopupApp({ state, platform }: { state: AppState; platform: PopupPlatform }) {
  const screen = !state.loaded.value ? 'loading' : state.stopped.value ? 'stop' : !state.profile.value.done ? 'questions' : 'plan';
  return (
    <>
      <NoticeBar notices={state.notices} onDismiss={state.dismissNotices} />
      {screen === 'loading' && <p class="loading">Loading…</p>}
      {screen === 'stop' && <StopScreen answers={state.profile.value.answers} onMistake={() => state.retake()} />}
      {screen === 'questions' && <Questionnaire state={state} />}
      {screen === 'plan' && <PlanScreen state={state} platform={platform} />}
    </>
  );
}
