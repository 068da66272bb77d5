import type { Plan } from '../../lib/schemas/plan';
import type { AppState } from '../../lib/state/app-state';
import { createPlanModel } from '../../lib/state/plan-model';
import { buildWordedPlan } from '../../lib/state/plan-pipeline';

/** The plan a page's plan model would show now, built at once from the model's own inputs (null: none). */
export function planNow(state: AppState): Plan | null {
  const model = createPlanModel(state, { build: 'test', buildPlan: () => new Promise(() => {}) });
  const inputs = model.inputs.value;
  model.dispose();
  return inputs && buildWordedPlan(inputs);
}
