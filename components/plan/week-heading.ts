import type { Plan } from '../../lib/schemas/plan';
import { PROGRAMME_WEEKS } from '../../lib/schemas/programme';

/** "Week 3 of 8"; "Week 6, step 4 of 8" once the log has held or dropped a step; maintenance after step 8. */
export function weekHeading(plan: Plan): string {
  const p = plan.progress;
  if (!p) return `Week ${plan.week?.number ?? 1} of ${PROGRAMME_WEEKS}`;
  if (p.maintenance) return `Week ${p.calendarWeek}: keeping it up`;
  return p.calendarWeek === p.step ? `Week ${p.step} of ${PROGRAMME_WEEKS}` : `Week ${p.calendarWeek}, step ${p.step} of ${PROGRAMME_WEEKS}`;
}

/** "This week held: one morning worse than usual." Nothing for the first week. */
export function progressLine(plan: Plan): string | null {
  const p = plan.progress;
  if (!p || p.decision === 'start' || p.reasons.length === 0) return null;
  return `This week ${p.reasons.join('; ')}.`;
}
