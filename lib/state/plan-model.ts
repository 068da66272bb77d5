import { computed, type ReadonlySignal } from '@preact/signals';
import { EXERCISES } from '../../data/exercises';
import { buildPlan } from '../domain/build-plan';
import { planWords } from '../words/plan-words';
import type { Plan } from '../schemas/plan';
import type { AppState } from './app-state';
import { planAnswers } from '../schemas/profile';

/**
 * The plan for this week, kept up to date with the answers and the date. It lives apart from
 * AppState so the pipeline and the exercise library load only on pages that show a plan.
 */
export function createPlanSignal(state: AppState): ReadonlySignal<Plan | null> {
  return computed(() => {
    const answers = planAnswers(state.profile.value);
    return state.planAllowed.value ? planWords(buildPlan(answers, EXERCISES, { week: state.week.value.week }), state.settings.value.units) : null;
  });
}
