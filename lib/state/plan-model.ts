import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Plan } from '../schemas/plan';
import type { Profile } from '../schemas/profile';
import { planAnswers } from '../schemas/profile-values';
import type { PainAnswer } from '../domain/log-readings';
import type { StoredPlan } from '../schemas/stored-plan';
import type { AppState } from './app-state';
import { canonicalJson } from './canonical-json';
import type { PlanInputs } from './plan-pipeline';
import { defineValidatedItem, type ValidatedItem } from './validated-item';

/** The stop screen's latest pain answer, as the log's readings take it. */
const painAnswerOf = (p: Profile): PainAnswer | null => (p.painReportedOn ? { date: p.painReportedOn, pain: planAnswers(p).painLevel } : null);

/** Builds this week's worded plan from its inputs. */
export type BuildPlan = (inputs: PlanInputs) => Promise<Plan>;

/**
 * The plan, one model per page (popup, sheet page, side panel), made where the page is wired:
 * this week's plan from the answers, the log and the date, or none (questions not done, a stop).
 */
export interface PlanModel {
  /** This week's plan; null while it loads, when there is none, or when it failed. */
  plan: ReadonlySignal<Plan | null>;
  status: ReadonlySignal<'none' | 'loading' | 'ready' | 'failed'>;
  /** What the plan is built from, when there is one to build. */
  inputs: ReadonlySignal<PlanInputs | null>;
  /** After a failure: read or build the plan again. */
  retry: () => void;
  dispose: () => void;
}

export interface PlanModelOptions {
  /** Identifies the code and data that build plans (the extension's version): a plan built by another is rebuilt. */
  build: string;
  item?: ValidatedItem<StoredPlan | null>;
  buildPlan?: BuildPlan;
}

export const defineStoredPlanItem = (): ValidatedItem<StoredPlan | null> =>
  defineValidatedItem({ key: 'local:weekPlan', schema: () => import('../schemas/stored-plan').then((m) => m.StoredPlanSchema), fallback: null, label: 'your stored plan', version: 1 });

/** The pipeline and the exercise library load only when a plan must be built. */
const buildWithPipeline: BuildPlan = async (inputs) => (await import('./plan-pipeline')).buildWordedPlan(inputs);

/**
 * This week's plan, kept up to date with the answers, the log, the units and the date. It is read
 * from storage when it was built from the same version and inputs; otherwise it is built and stored
 * for next time, so most popups open without the pipeline. A stored plan is validated like
 * everything else; a bad one is simply built again, since nothing in it is the runner's own.
 */
export function createPlanModel(state: AppState, { build, item = defineStoredPlanItem(), buildPlan = buildWithPipeline }: PlanModelOptions): PlanModel {
  const stored = signal<StoredPlan | null>(null);
  const failed = signal<string | null>(null);
  const attempt = signal(0);
  const inputs = computed<PlanInputs | null>(() =>
    state.planAllowed.value
      ? { answers: planAnswers(state.profile.value), log: state.log.value, today: state.todayIso.value, units: state.settings.value.units, clinicianSeenOn: state.profile.value.clinicianSeenOn ?? null, painAnswer: painAnswerOf(state.profile.value), distanceAnswer: state.profile.value.distanceAnswer ?? null }
      : null,
  );
  // A string, so a change that leaves the inputs as they were (a write echoed back) is no change;
  // canonical, so the same inputs name the same plan whichever order storage gave their keys in.
  const wanted = computed(() => (inputs.value ? canonicalJson([build, inputs.value]) : null));

  const stop = effect(() => {
    const builtFrom = wanted.value;
    void attempt.value;
    if (!builtFrom || stored.peek()?.builtFrom === builtFrom) return;
    const from = inputs.peek()!;
    let current = true;
    void (async () => {
      const saved = (await item.read()).value;
      if (saved?.builtFrom === builtFrom) return saved;
      const fresh = { builtFrom, plan: await buildPlan(from) };
      // Shown at once, and stored for the next page meanwhile (storing loads the schema to check it).
      // A plan that cannot be stored is still this week's plan; the next popup builds it again. One
      // whose inputs changed meanwhile (another page, everything deleted) is not stored at all.
      void item
        .update(() => {
          if (!current) throw new Error('stale plan');
          return fresh;
        })
        .catch(() => {});
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
    inputs,
    retry: () => {
      failed.value = null;
      attempt.value++;
    },
    dispose: stop,
  };
}
