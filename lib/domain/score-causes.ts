import type { Answers } from '../schemas/answers';
import { CAUSE_IDS, CAUSE_TIE_ORDER } from '../schemas/cause';
import type { CauseData } from '../schemas/plan-data';
import { CAUSE_RULES, type CauseRule } from './cause-rules';

/** Scores all eight causes from the rule table, highest first; ties go to the cause that needs a clinician first. */
export function scoreCauses(a: Answers, rules: readonly CauseRule[] = CAUSE_RULES): CauseData[] {
  const results = CAUSE_IDS.map((id) => {
    const matched = rules.filter((r) => r.cause === id && r.when(a));
    const sum = matched.reduce((total, r) => total + r.weight, 0);
    // Rounded to hundredths so floating-point sums stay stable in the JSON.
    return { id, score: Math.min(1, Math.round(sum * 100) / 100), reasons: matched.map((r) => ({ id: r.reason, values: r.values?.(a) ?? {} })) };
  });
  return results.sort((x, y) => y.score - x.score || CAUSE_TIE_ORDER.indexOf(x.id) - CAUSE_TIE_ORDER.indexOf(y.id));
}
