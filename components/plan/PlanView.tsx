import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useScreenHeading } from '../use-screen-heading';
import { shiftIsoDate } from '../../lib/domain/calendar';
import type { RedFlag } from '../../lib/schemas/answers';
import { DAYS, type Day } from '../../lib/schemas/days';
import type { LoggedSession, LogEntries, Morning } from '../../lib/schemas/log';
import type { Plan } from '../../lib/schemas/plan';
import type { Units } from '../../lib/schemas/settings';
import { Disclaimer } from '../Disclaimer';
import { lazy } from '../lazy';
import { dayDate } from '../long-date';
import { MidSessionStop } from '../MidSessionStop';
import { CauseList } from './CauseList';
import { TodayCard, type DayLog, type GuidedKind } from './TodayCard';
import { progressLine, weekHeading } from './week-heading';
import { WeekStrip } from './WeekStrip';

// Shown only when due (weekly, or the morning after a session): their code loads then, and the plan
// screen waits for it before it first shows (see PlanScreen), so a due check is there with the plan.
export const EmergencyCheck = lazy(() => import('../log/EmergencyCheck').then((m) => m.EmergencyCheck));
export const MorningCheckIn = lazy(() => import('../log/MorningCheckIn').then((m) => m.MorningCheckIn));
export const LastWeekDistance = lazy(() => import('../log/LastWeekDistance').then((m) => m.LastWeekDistance));

export interface PlanActions {
  /** Starts a guided part of a day's sessions (today's or a day chosen from the week strip). */
  onStart: (kind: GuidedKind, day: Day) => void;
  onPrint: () => void;
  onChecklists: () => void;
  onSettings: () => void;
  /** Opens "Your answers": change one, or retake them all. */
  onAnswers: () => void;
  /** Opens the progress view (absent: none to show). */
  onProgress?: () => void;
  onShoes: () => void;
  onFlare: () => void;
  onLog: (session: LoggedSession) => void;
  onMorning: (morning: Omit<Morning, 'date'>) => void;
  onDismissCheckIn: () => void;
  onEmergencyAnswer: (flags: RedFlag[]) => void;
  /** "How far did you run last week?", answered (km). */
  onLastWeek: (km: number) => void;
  /** "I have seen a clinician", after "not improving as expected". */
  onClinicianSeen: () => void;
  onNewProgramme: () => void;
}

/** What the plan screen shows, as plain values. */
export interface PlanViewProps {
  plan: Plan;
  today: Day;
  /** Today's date, YYYY-MM-DD. */
  todayIso: string;
  units: Units;
  /** The Monday the programme starts, while that is ahead. */
  startsOn: string | null;
  /** What is logged; null before the programme has begun (nothing to log yet). */
  logged: LogEntries | null;
  /** The pain the one-tap log records. */
  usualPain: number;
  /** Ask this morning's check-in. */
  checkIn: boolean;
  /** Ask the emergency questions again. */
  emergencyCheck: boolean;
  actions: PlanActions;
}

/** The plan: the morning check-in if due, today first, then the week, the likely causes and the notes. */
export function PlanView({ plan, today: todayName, todayIso, units, startsOn, logged, usualPain, checkIn, emergencyCheck, actions }: PlanViewProps) {
  const heading = useScreenHeading();
  const chosen = useSignal<Day | null>(null);
  // Opening a day moves focus to it; today's button goes to today's card instead.
  const focusTarget = useSignal<{ id: string } | null>(null);
  useEffect(() => {
    if (focusTarget.value) document.getElementById(focusTarget.value.id)?.focus();
  }, [focusTarget.value]);
  const week = plan.week;
  // A stop plan has no week: never a blank screen, its words instead (the stop screen normally shows first).
  if (!week) {
    return (
      <main class="plan">
        <h1 tabIndex={-1} ref={heading}>
          Please stop and get checked
        </h1>
        <div class="banner referral" role="alert">
          {plan.safety.messages.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
        <Disclaimer />
      </main>
    );
  }
  const today = week.days.find((d) => d.day === todayName)!;
  // A day that has come can be logged, by its date in this calendar week.
  const logFor = (day: Day): DayLog | undefined => {
    if (!logged || startsOn) return undefined;
    const offset = DAYS.indexOf(day) - DAYS.indexOf(todayName);
    return offset > 0 ? undefined : { date: shiftIsoDate(todayIso, offset), entries: logged, usualPain, onLog: actions.onLog };
  };
  const line = progressLine(plan);
  const chosenDay = chosen.value && chosen.value !== today.day ? week.days.find((d) => d.day === chosen.value) : undefined;
  const choose = (day: Day) => {
    const open = day !== today.day && chosen.peek() !== day;
    chosen.value = open ? day : null;
    focusTarget.value = { id: open ? 'day-view-heading' : day === today.day ? 'today-heading' : `day-${day}` };
  };
  const [referral, ...reasons] = plan.safety.messages;
  return (
    <main class="plan">
      <header class="plan-header">
        <h1 tabIndex={-1} ref={heading}>{weekHeading(plan)}</h1>
        <button type="button" class="icon-button" onClick={actions.onSettings} aria-label="Settings">
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zm9 4-2.1-.7-.5-1.3 1-2-1.4-1.4-2 1-1.3-.5L14 3h-4l-.7 2.1-1.3.5-2-1L4.6 6l1 2-.5 1.3L3 10v4l2.1.7.5 1.3-1 2L6 19.4l2-1 1.3.5L10 21h4l.7-2.1 1.3-.5 2 1 1.4-1.4-1-2 .5-1.3L21 14z" fill="currentColor" /></svg>
        </button>
      </header>
      {startsOn && (
        <p class="starts">
          Starts <strong>{dayDate(startsOn)}</strong>. Until then, here is how your first week will look.
        </p>
      )}
      {line && <p class={`progress-line decision-${plan.progress!.decision}`}>{line}</p>}
      {plan.progress?.maintenance && (
        <div class="banner">
          <p>
            <strong>All 8 steps done. Well done.</strong> Strength twice a week keeps your back strong; your runs still follow your log.
          </p>
          <button type="button" class="secondary" onClick={actions.onNewProgramme}>
            Start a new programme
          </button>
        </div>
      )}
      {emergencyCheck && <EmergencyCheck onAnswer={actions.onEmergencyAnswer} />}
      {plan.progress?.askDistance && <LastWeekDistance units={units} onAnswer={actions.onLastWeek} />}
      {checkIn && <MorningCheckIn onSave={actions.onMorning} onDismiss={actions.onDismissCheckIn} />}
      {plan.safety.referral && referral && (
        <div class="banner referral" role="note">
          <strong>{referral}</strong>
          <ul>
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          {plan.progress?.notImproving && (
            <button type="button" class="secondary" onClick={actions.onClinicianSeen}>
              I have seen a clinician
            </button>
          )}
        </div>
      )}
      <TodayCard day={today} units={units} onStart={(kind) => actions.onStart(kind, today.day)} log={logFor(today.day)} />
      <WeekStrip week={week} today={todayName} units={units} chosen={chosenDay?.day ?? null} onChoose={choose} />
      {chosenDay && <TodayCard day={chosenDay} units={units} onStart={(kind) => actions.onStart(kind, chosenDay.day)} onClose={() => choose(chosenDay.day)} log={logFor(chosenDay.day)} />}
      <CauseList causes={plan.causes} />
      {week.notes.length > 0 && (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">Notes</h2>
          <ul class="notes">
            {week.notes.map((n) => (
              <li key={n.id}>{n.text}</li>
            ))}
          </ul>
        </section>
      )}
      <div class="actions">
        <button type="button" class="secondary" onClick={actions.onPrint}>
          Print this week
        </button>
        <button type="button" class="secondary" onClick={actions.onChecklists}>
          Open checklists
        </button>
        {plan.progress && actions.onProgress && (
          <button type="button" class="secondary" onClick={actions.onProgress}>
            Your progress
          </button>
        )}
        <button type="button" class="secondary" onClick={actions.onShoes}>
          Your shoes
        </button>
        {logged && !startsOn && (
          <button type="button" class="secondary" onClick={actions.onFlare}>
            Had a flare? Log it
          </button>
        )}
        <button type="button" class="secondary" onClick={actions.onAnswers}>
          Your answers: change or retake
        </button>
      </div>
      <MidSessionStop />
      <Disclaimer />
    </main>
  );
}
