import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { shiftIsoDate } from '../../lib/domain/calendar';
import { usualPain } from '../../lib/domain/log-readings';
import { DAYS, type Day } from '../../lib/schemas/days';
import type { GuidedKind } from '../../lib/schemas/guided-progress';
import type { LoggedKind } from '../../lib/schemas/log';
import type { Plan, PlanItem } from '../../lib/schemas/plan';
import { planAnswers } from '../../lib/schemas/profile-values';
import type { AppState } from '../../lib/state/app-state';
import { guidedInProgress } from '../../lib/state/guided-in-progress';
import type { PlanModel } from '../../lib/state/plan-model';
import { describeSession } from '../../lib/words/describe';
import { Disclaimer } from '../Disclaimer';
import { lazy } from '../lazy';
import { NoticeBar } from '../NoticeBar';
import type { PopupPlatform } from '../popup-platform';
import { EmergencyCheck, MorningCheckIn, PlanView } from './PlanView';

const GuidedScreen = lazy(() => import('../guided/GuidedScreen').then((m) => m.GuidedScreen));
const SettingsView = lazy(() => import('../SettingsView').then((m) => m.SettingsView));
const AnswersView = lazy(() => import('./AnswersView').then((m) => m.AnswersView));
// On a guided session's "all done" card only.
const GuidedLogPrompt = lazy(() => import('../log/GuidedLogPrompt').then((m) => m.GuidedLogPrompt));
const ShoesView = lazy(() => import('../log/ShoesView').then((m) => m.ShoesView));
const ProgressView = lazy(() => import('../progress/ProgressView').then((m) => m.ProgressView));

/** A guided session begun from a day's card (`day` says which), or (`start: null`) the one in progress taken up. */
type GuidedStart = { kind: GuidedKind; items: readonly PlanItem[]; day: Day };
type View = { name: 'plan' } | { name: 'settings' } | { name: 'answers' } | { name: 'shoes' } | { name: 'progress' } | { name: 'guided'; start: GuidedStart | null };

/** Everything after the questionnaire: the plan, guided sessions, logging and settings. */
export default function PlanScreen({ state, model, platform }: { state: AppState; model: PlanModel; platform: PopupPlatform }) {
  const view = useSignal<View>({ name: 'plan' });
  const back = () => (view.value = { name: 'plan' });
  const plan = model.plan.value;
  // A session in progress when the popup opens (it closes on any click outside) is taken up again.
  const checked = useSignal(false);
  const notices = useSignal<string[]>([]);
  useEffect(() => {
    // A check that is due shows with the plan, never after it: its code is loaded first.
    const due = [state.emergencyCheckDue.peek() && EmergencyCheck.preload(), state.checkInDue.peek() && MorningCheckIn.preload()];
    void Promise.all([guidedInProgress(), ...due.map((p) => (p ? p.catch(() => undefined) : null))]).then(([yes]) => {
      if (yes && view.peek().name === 'plan') view.value = { name: 'guided', start: null };
      checked.value = true;
    });
  }, []);

  const units = state.settings.value.units;
  const todayIso = state.todayIso.value;
  const logged = state.log.value ? state.logEntries.value : null;
  const usual = usualPain(state.logEntries.value, planAnswers(state.profile.value).painLevel);

  if (view.value.name === 'settings') return <SettingsView state={state} onClose={back} />;
  if (view.value.name === 'answers') return <AnswersView state={state} onClose={back} />;
  if (view.value.name === 'shoes') {
    const pair = state.logEntries.value.shoes.find((s) => !s.retired) ?? null;
    return <ShoesView pair={pair} km={plan?.progress?.shoeKm ?? planAnswers(state.profile.value).shoeKm} units={units} onSave={(name, km) => void state.startShoes(name, km)} onClose={back} />;
  }
  if (view.value.name === 'progress' && plan?.progress && state.log.value) {
    return <ProgressView progress={plan.progress} log={state.logEntries.value} start={state.log.value.start} today={todayIso} units={units} onClose={back} />;
  }
  if (view.value.name === 'guided') {
    const { start } = view.value;
    return (
      <GuidedScreen
        start={start && { kind: start.kind, items: start.items, restSeconds: state.settings.value.restSeconds, date: shiftIsoDate(todayIso, DAYS.indexOf(start.day) - DAYS.indexOf(state.today.value)) }}
        sound={state.settings.value.sound}
        onBeep={platform.beep}
        continueInPanel={platform.continueInPanel}
        logPrompt={(run) => <GuidedLogPrompt state={state} plan={plan} kind={run.kind} date={run.date} />}
        onClose={(notice) => {
          if (notice) notices.value = [notice];
          back();
        }}
      />
    );
  }
  if (model.status.value === 'failed') {
    return (
      <main class="plan">
        <h1>This week</h1>
        <p role="alert">Your plan could not be put together just now.</p>
        <button type="button" class="primary" onClick={model.retry}>
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
        plan={plan}
        today={state.today.value}
        todayIso={todayIso}
        units={units}
        startsOn={state.startsOn.value}
        logged={logged}
        usualPain={usual}
        checkIn={state.checkInDue.value}
        emergencyCheck={state.emergencyCheckDue.value}
        actions={{
          onStart: (kind, day) => {
            const sessions = plan.week?.days.find((d) => d.day === day)?.sessions ?? [];
            view.value = { name: 'guided', start: { kind, day, items: sessions.find((s) => s.kind === kind)?.items ?? [] } };
          },
          onPrint: platform.openSheet,
          onChecklists: platform.openChecklists,
          onSettings: () => (view.value = { name: 'settings' }),
          onAnswers: () => (view.value = { name: 'answers' }),
          onShoes: () => (view.value = { name: 'shoes' }),
          onProgress: () => (view.value = { name: 'progress' }),
          onFlare: () => void state.logFlare(),
          onLog: (s) => void state.logSession(s),
          onMorning: (m) => void state.logMorning(m),
          onDismissCheckIn: state.dismissCheckIn,
          onEmergencyAnswer: (flags) => void state.answerEmergencyCheck(flags),
          onLastWeek: (km) => void state.answerLastWeek(km),
          onClinicianSeen: () => void state.clinicianSeen(),
          onNewProgramme: () => void state.newProgramme(),
        }}
      />
    </>
  );
}
