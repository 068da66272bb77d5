import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useScreenHeading } from '../use-screen-heading';
import type { Day } from '../../lib/schemas/answers';
import type { Plan } from '../../lib/schemas/plan';
import type { AppState } from '../../lib/state/app-state';
import { Disclaimer } from '../Disclaimer';
import { dayDate } from '../long-date';
import { MidSessionStop } from '../MidSessionStop';
import { CauseList } from './CauseList';
import { TodayCard, type GuidedKind } from './TodayCard';
import { WeekStrip } from './WeekStrip';

export interface PlanActions {
  /** Starts a guided part of a day's sessions (today's or a day chosen from the week strip). */
  onStart: (kind: GuidedKind, day: Day) => void;
  onPrint: () => void;
  onChecklists: () => void;
  onSettings: () => void;
  /** Opens "Your answers": change one, or retake them all. */
  onAnswers: () => void;
}

/** The plan: today first, then the week, the likely causes and the notes. */
export function PlanView({ state, plan, actions }: { state: AppState; plan: Plan | null; actions: PlanActions }) {
  const heading = useScreenHeading();
  const chosen = useSignal<Day | null>(null);
  // Opening a day moves focus to it; today's button goes to today's card instead.
  const focusTarget = useSignal<{ id: string } | null>(null);
  useEffect(() => {
    if (focusTarget.value) document.getElementById(focusTarget.value.id)?.focus();
  }, [focusTarget.value]);
  const week = plan?.week;
  if (!plan || !week) return null;
  const today = week.days.find((d) => d.day === state.today.value)!;
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
        <h1 tabIndex={-1} ref={heading}>Week {week.number} of 8</h1>
        <button type="button" class="icon-button" onClick={actions.onSettings} aria-label="Settings">
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zm9 4-2.1-.7-.5-1.3 1-2-1.4-1.4-2 1-1.3-.5L14 3h-4l-.7 2.1-1.3.5-2-1L4.6 6l1 2-.5 1.3L3 10v4l2.1.7.5 1.3-1 2L6 19.4l2-1 1.3.5L10 21h4l.7-2.1 1.3-.5 2 1 1.4-1.4-1-2 .5-1.3L21 14z" fill="currentColor" /></svg>
        </button>
      </header>
      {state.startsOn.value && (
        <p class="starts">
          Starts <strong>{dayDate(state.startsOn.value)}</strong>. Until then, here is how your first week will look.
        </p>
      )}
      {state.week.value.finished && <p class="banner">You have finished the 8 weeks. Retake the questions to plan what comes next.</p>}
      {plan.safety.referral && referral && (
        <div class="banner referral" role="note">
          <strong>{referral}</strong>
          <ul>
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      <TodayCard day={today} units={state.settings.value.units} onStart={(kind) => actions.onStart(kind, today.day)} />
      <WeekStrip week={week} today={state.today.value} units={state.settings.value.units} chosen={chosenDay?.day ?? null} onChoose={choose} />
      {chosenDay && (
        <TodayCard day={chosenDay} units={state.settings.value.units} onStart={(kind) => actions.onStart(kind, chosenDay.day)} onClose={() => choose(chosenDay.day)} />
      )}
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
        <button type="button" class="secondary" onClick={() => void state.logFlare()}>
          Had a flare? Log it
        </button>
        <button type="button" class="secondary" onClick={actions.onAnswers}>
          Your answers: change or retake
        </button>
      </div>
      <MidSessionStop />
      <Disclaimer />
    </main>
  );
}
