import type { Log, LogEntries, LoggedSession, Morning, ShoePair } from '../schemas/log';
import { LOG_VERSION } from '../schemas/log-values';
import { isoDate, parseIsoDate, weekStart } from './calendar';

// The changes a runner makes to the log, as pure functions of the entries: the extension applies
// them inside one serialized storage step, so two pages logging at once keep both entries.

const byDate = <T extends { date: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** Records a session; one entry per day and kind, so logging it again corrects it. */
export function withSession(log: LogEntries, session: LoggedSession): LogEntries {
  const others = log.sessions.filter((s) => !(s.date === session.date && s.kind === session.kind));
  return { ...log, sessions: byDate([...others, session]) };
}

/** Takes a session's entry back. */
export function withoutSession(log: LogEntries, date: string, kind: LoggedSession['kind']): LogEntries {
  return { ...log, sessions: log.sessions.filter((s) => !(s.date === date && s.kind === kind)) };
}

/** Records the morning check-in; one a day, the last answer counts. */
export function withMorning(log: LogEntries, morning: Morning): LogEntries {
  return { ...log, mornings: byDate([...log.mornings.filter((m) => m.date !== morning.date), morning]) };
}

/** Records a flare on `date` (once a day). */
export function withFlare(log: LogEntries, date: string): LogEntries {
  return log.flares.includes(date) ? log : { ...log, flares: [...log.flares, date].sort() };
}

/** Takes a flare back. */
export function withoutFlare(log: LogEntries, date: string): LogEntries {
  return { ...log, flares: log.flares.filter((d) => d !== date) };
}

/**
 * A pair of shoes comes into use on `from` with `startKm` already on it: the pair in use before is
 * retired that day (or replaced, if it also started that day, since it was never run in).
 */
export function withShoes(log: LogEntries, pair: Omit<ShoePair, 'retired'>): LogEntries {
  const kept = log.shoes.filter((s) => !(s.from >= pair.from && !s.retired)).map((s) => (s.retired || s.from >= pair.from ? s : { ...s, retired: pair.from }));
  return { ...log, shoes: [...kept, { ...pair }] };
}

/** The log contract for a programme started on `startDate`: its first Monday and every entry. */
export function logFor(entries: LogEntries, startDate: string): Log {
  return { version: LOG_VERSION, start: isoDate(weekStart(parseIsoDate(startDate)!, 1)), ...entries };
}

/** The entries a log holds, without its start (which goes to the settings on import). */
export function entriesOf({ sessions, mornings, flares, shoes }: Log): LogEntries {
  return { sessions, mornings, flares, shoes };
}
