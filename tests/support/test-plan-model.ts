import { afterEach } from 'vitest';
import type { AppState } from '../../lib/state/app-state';
import { createPlanModel, type PlanModel } from '../../lib/state/plan-model';

const made: PlanModel[] = [];

// Every model made in a test stops with it: none goes on building (loading the pipeline) after its
// test environment is torn down.
afterEach(() => made.splice(0).forEach((m) => m.dispose()));

/** A page's plan model for a test, stopped after the test. */
export function testPlanModel(state: AppState, build = 'test'): PlanModel {
  const model = createPlanModel(state, { build });
  made.push(model);
  return model;
}
