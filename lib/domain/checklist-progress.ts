import type { BreakLog, Checklist, Ticks } from '../schemas/checklist';
import { shiftIsoDate } from './calendar';

/** Days of history the side panel keeps and shows. */
export const HISTORY_DAYS = 14;

/** Ticks or unticks an item for a day; returns new ticks, pruned to the history window. */
export function toggleTick(ticks: Ticks, day: string, itemId: string, on: boolean): Ticks {
  const current = new Set(ticks[day] ?? []);
  if (on) current.add(itemId);
  else current.delete(itemId);
  return pruneByDay({ ...ticks, [day]: [...current] }, day);
}

/** Keeps only the last HISTORY_DAYS days of a by-day record. */
export function pruneByDay<T>(record: Record<string, T>, today: string): Record<string, T> {
  const oldest = shiftIsoDate(today, -(HISTORY_DAYS - 1));
  return Object.fromEntries(Object.entries(record).filter(([day]) => day >= oldest && day <= today));
}

export interface HistoryDay {
  day: string;
  done: number;
  total: number;
}

/** The last 14 days for one list, oldest first: how many of its items were ticked each day. */
export function listHistory(list: Checklist, ticks: Ticks, today: string): HistoryDay[] {
  const ids = new Set(list.items.map((i) => i.id));
  return Array.from({ length: HISTORY_DAYS }, (_, i) => {
    const day = shiftIsoDate(today, i - (HISTORY_DAYS - 1));
    return { day, done: (ticks[day] ?? []).filter((id) => ids.has(id)).length, total: ids.size };
  });
}

/** Counts a break as taken or skipped today. */
export function logBreak(log: BreakLog, today: string, outcome: 'taken' | 'skipped'): BreakLog {
  const day = log[today] ?? { taken: 0, skipped: 0 };
  return pruneByDay({ ...log, [today]: { ...day, [outcome]: day[outcome] + 1 } }, today);
}
