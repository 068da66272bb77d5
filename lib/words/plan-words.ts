import type { Plan } from '../schemas/plan';
import type { PlanData } from '../schemas/plan-data';
import type { Units } from '../schemas/settings';
import { distanceWords } from '../domain/units';
import { noteWords } from './note-words';
import { reasonWords } from './reason-words';
import { safetyWords } from './safety-words';

/**
 * The pipeline's plan in words, in the runner's units: what every surface shows and the commands
 * print. The numbers stay in km; only the sentences change with units.
 */
export function planWords(plan: PlanData, units: Units = 'km'): Plan {
  const d = distanceWords(units);
  return {
    safety: safetyWords(plan.safety),
    causes: plan.causes.map((c) => ({ id: c.id, score: c.score, reasons: c.reasons.map((r) => reasonWords(r, d)) })),
    week: plan.week && { ...plan.week, notes: plan.week.notes.map((n) => noteWords(n, units)) },
  };
}
