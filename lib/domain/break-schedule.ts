import type { BreakSettings } from '../schemas/checklist';
import { dayOf } from './calendar';

/** How long a snoozed break waits. */
export const SNOOZE_MINUTES = 10;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The next posture break after `now`: every N minutes from the start of working hours, on working days. */
export function nextBreakTime(settings: BreakSettings, now: Date): Date | null {
  if (!settings.enabled || settings.days.length === 0) return null;
  const start = minutesOf(settings.start);
  const end = minutesOf(settings.end);
  if (end <= start) return null;
  for (let offset = 0; offset < 8; offset++) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
    if (!settings.days.includes(dayOf(day))) continue;
    for (let m = start + settings.everyMinutes; m <= end; m += settings.everyMinutes) {
      const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, m);
      if (at.getTime() > now.getTime()) return at;
    }
  }
  return null;
}
