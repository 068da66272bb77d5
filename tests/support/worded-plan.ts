import { buildPlan as buildPlanData, type PlanOptions } from '../../lib/domain/build-plan';
import type { Answers } from '../../lib/schemas/answers';
import type { Exercise } from '../../lib/schemas/exercise';
import type { Plan } from '../../lib/schemas/plan';
import type { Units } from '../../lib/schemas/settings';
import { planWords } from '../../lib/words/plan-words';

/** The pipeline's plan in words, as the surfaces and the commands show it: tests read both facts and sentences. */
export function buildPlan(answers: Answers, library: readonly Exercise[], options: PlanOptions & { units?: Units } = {}): Plan {
  return planWords(buildPlanData(answers, library, { week: options.week }), options.units);
}
