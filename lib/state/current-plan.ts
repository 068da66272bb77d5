import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Answers } from '../schemas/answers';
import type { Plan } from '../schemas/plan';
import type { Units } from '../schemas/settings';
import { StoredPlanSchema, type StoredPlan } from '../schemas/stored-plan';
import type { AppState } from './app-state';
import { defineValidatedItem, type ValidatedItem } from './validated-item';
import { planAnswers } from '../schemas/profile';

/** Builds one programme week's plan from the answers. */
export type BuildPlan = (answers: Answers, units: Units, week: number) => Promise<Plan>;

export interface CurrentPlan {
  /** This week's plan; null while it loads, when there is none (questions not done, a red flag) or when it failed. */
  plan: ReadonlySignal<Plan | null>;
  status: ReadonlySignal<'none' | 'loading' | 'ready' | 'failed'>;
  /** After a failure: read or build the plan again. */
  retry: () => void;
  dispose: () => void;
}

export interface CurrentPlanOptions {
  /** Identifies the code and data that build plans (the extension's version): a plan built by another is rebuilt. */
  build: string;
  item?: ValidatedItem<StoredPlan | null>;
  buildPlan?: BuildPlan;
}

export const defineStoredPlanItem = (): ValidatedItem<StoredPlan | null> =>
  defineValidatedItem({ key: 'local:weekPlan', schema: StoredPlanSchema, fallback: null, label: 'your stored plan', version: 1 });

/** The pipeline and the exercise library load only when a plan must be built. */
const buildWithPipeline: BuildPlan = async (answers, units, week) => {
  const [{ buildPlan }, { planWords }, { EXERCISES }] = await Promise.all([import('../domain/build-plan'), import('../words/plan-words'), import('../../data/exercises')]);
  return planWords(buildPlan(answers, EXERCISES, { week }), units);
};

/**
 * This week's plan, kept up to date with the answers, the units and the date. It is read from
 * storage when it was built from the same version, week, units and answers; otherwise it is built
 * and stored for next time, so most popups open without the pipeline. A stored plan is validated
 * like everything else; a bad one is simply built again, since nothing in it is the runner's own.
 */
export function createCurrentPlan(state: AppState, { build, item = defineStoredPlanItem(), buildPlan = buildWithPipeline }: CurrentPlanOptions): CurrentPlan {
  const stored = signal<StoredPlan | null>(null);
  const failed = signal<string | null>(null);
  const attempt = signal(0);
  // A string, so a change that leaves the inputs as they were (a settings write echoed back) is no change.
  const wanted = computed(() => {
    const answers = planAnswers(state.profile.value);
    if (!state.planAllowed.value) return null;
    return JSON.stringify([build, state.week.value.week, state.settings.value.units, answers]);
  });

  const stop = effect(() => {
    const builtFrom = wanted.value;
    void attempt.value;
    if (!builtFrom || stored.peek()?.builtFrom === builtFrom) return;
    const answers = planAnswers(state.profile.peek());
    const units = state.settings.peek().units;
    const week = state.week.peek().week;
    let current = true;
    void (async () => {
      const saved = (await item.read()).value;
      if (saved?.builtFrom === builtFrom) return saved;
      const fresh = { builtFrom, plan: await buildPlan(answers, units, week) };
      // A plan that cannot be stored is still this week's plan; the next popup builds it again.
      await item.write(fresh).catch(() => {});
      return fresh;
    })().then(
      (s) => current && ((stored.value = s), (failed.value = null)),
      () => current && (failed.value = builtFrom),
    );
    return () => {
      current = false;
    };
  });

  const status = computed(() => {
    const builtFrom = wanted.value;
    if (!builtFrom) return 'none';
    if (stored.value?.builtFrom === builtFrom) return 'ready';
    return failed.value === builtFrom ? 'failed' : 'loading';
  });
  return {
    plan: computed(() => (status.value === 'ready' ? stored.value!.plan : null)),
    status,
    retry: () => {
      failed.value = null;
      attempt.value++;
    },
    dispose: stop,
  };
}
