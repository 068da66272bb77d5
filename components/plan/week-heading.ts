import type { Plan } from '../../lib/schemas/plan';
import { PROGRAMME_WEEKS } from '../../lib/schemas/programme';

/** "Week 3 of 8"; "Week 6, step 4 of 8" once the log has held or dropped a step; maintenance after step 8. */
export function weekHeading(plan: Plan): string {
  const p = plan.progress;
  if (!p) return `Week ${plan.week?.number ?? 1} of ${PROGRAMME_WEEKS}`;
  if (p.maintenance) return `Week ${p.calendarWeek}: keeping it up`;
  return p.calendarWeek === p.step ? `Week ${p.step} of ${PROGRAMME_WEEKS}` : `Week ${p.calendarWeek}, step ${p.step} of ${PROGRAMME_WEEKS}`;
}

/** "Held: one morning worse than usual (from last week's log)." A flare says it acted this week. Nothing for the first week. */
export function progressLine(plan: Plan): string | null {
  const p = plan.progress;
  if (!p || p.reasons.length === 0 || (p.decision === 'start' && !p.flare)) return null;
  if (p.flare) return 'You logged a flare this week: it steps back and eases off from today.';
  const said = p.reasons.join('; ');
  return `${said.charAt(0).toUpperCase()}${said.slice(1)} (from last week's log).`;
}
