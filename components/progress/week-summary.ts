import type { LogEntries } from '../../lib/schemas/log';
import type { WeekRecord } from '../../lib/schemas/plan';
import { inWeek, weekDate, type PainDays } from './pain-days';

/** One programme week in a line: "Week 3: morning pain 4 → 2; worst session pain 5; 7 of 8 sessions". */
export function weekSummary(week: number, data: PainDays, record: WeekRecord | undefined, done: number, current: boolean): string {
  const mornings = inWeek(data.mornings, week).map((m) => m.pain);
  const sessions = inWeek(data.sessions, week).map((s) => s.pain);
  const parts = [
    mornings.length === 0 ? 'no mornings logged' : mornings.length === 1 ? `morning pain ${mornings[0]}` : `morning pain ${mornings[0]} → ${mornings.at(-1)}`,
    sessions.length === 0 ? 'no session pain logged' : `worst session pain ${Math.max(...sessions)}`,
    ...(inWeek(data.flares, week).length > 0 ? ['a flare logged'] : []),
    record ? `${record.done} of ${record.planned} sessions` : `${done} ${done === 1 ? 'session' : 'sessions'} done${current ? ' so far' : ''}`,
  ];
  return `Week ${week}${current ? ' (this week)' : ''}: ${parts.join('; ')}`;
}

/** Every week's line, the first week first; finished weeks count against planned, `current` so far. */
export function weekSummaries(data: PainDays, log: LogEntries, start: string, records: readonly WeekRecord[], current: number): string[] {
  return Array.from({ length: data.weeks }, (_, i) => {
    const week = i + 1;
    const from = weekDate(start, week);
    const to = weekDate(start, week + 1);
    const done = log.sessions.filter((s) => s.done && s.date >= from && s.date < to).length;
    return weekSummary(week, data, records.find((r) => r.calendarWeek === week), done, week === current);
  });
}
