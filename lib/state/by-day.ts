import { logBreak, toggleTick } from '../domain/checklist-progress';
import type { BreakLog, Ticks } from '../schemas/checklist';

/**
 * Days after `today` survive the window's pruning: they are there because the clock was set back or
 * the time zone changed, and are the runner's all the same.
 */
function keepLaterDays<T>(before: Record<string, T>, after: Record<string, T>, today: string): Record<string, T> {
  return { ...Object.fromEntries(Object.entries(before).filter(([day]) => day > today)), ...after };
}

/** The change that ticks or unticks an item on `day`, for ValidatedItem.update. */
export const tickChange = (day: string, itemId: string, on: boolean) => (ticks: Ticks) => keepLaterDays(ticks, toggleTick(ticks, day, itemId, on), day);

/** The change that counts a break taken or skipped on `day`, for ValidatedItem.update. */
export const breakChange = (day: string, outcome: 'taken' | 'skipped') => (log: BreakLog) => keepLaterDays(log, logBreak(log, day, outcome), day);
