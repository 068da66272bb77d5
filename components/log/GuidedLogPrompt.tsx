import { dayOfIsoDate, shiftIsoDate } from '../../lib/domain/calendar';
import { isRealIsoDate } from '../../lib/schemas/real-iso-date';
import { usualPain } from '../../lib/domain/log-readings';
import { DAYS } from '../../lib/schemas/days';
import type { GuidedKind } from '../../lib/schemas/guided-progress';
import type { LoggedKind } from '../../lib/schemas/log';
import type { Plan } from '../../lib/schemas/plan';
import { planAnswers } from '../../lib/schemas/profile-values';
import type { AppState } from '../../lib/state/app-state';
import { describeSession } from '../../lib/words/describe';
import { LogSession } from './LogSession';

/**
 * "How did it go?" on a guided session's "all done" card, in the popup or the side panel: the
 * session of that day that the guided part belongs to (the run its warm-up or cool-down frames, or
 * the strength itself). Nothing for a day still to come, a day of another week, or before the
 * programme has begun.
 */
export function GuidedLogPrompt({ state, plan, kind, date }: { state: AppState; plan: Plan | null; kind: GuidedKind; date: string | null }) {
  const today = state.todayIso.value;
  const entries = state.log.value ? state.logEntries.value : null;
  const monday = shiftIsoDate(today, -DAYS.indexOf(state.today.value));
  if (!plan || !entries || !date || !isRealIsoDate(date) || date > today || date < monday || state.startsOn.value) return null;
  const wanted: LoggedKind = kind === 'strength' ? 'strength' : 'run';
  const session = plan.week?.days.find((d) => d.day === dayOfIsoDate(date))?.sessions.find((s) => s.kind === wanted);
  if (!session) return null;
  const units = state.settings.value.units;
  return (
    <LogSession
      label={describeSession(session, units)}
      kind={wanted}
      date={date}
      plannedKm={session.kind === 'run' && !session.intervals ? session.km : undefined}
      units={units}
      usualPain={usualPain(state.logEntries.value, planAnswers(state.profile.value).painLevel)}
      entry={entries.sessions.find((e) => e.date === date && e.kind === wanted)}
      onLog={(s) => void state.logSession(s)}
    />
  );
}
