import { useEffect, useRef, useState } from 'preact/hooks';
import { QUESTION_STEPS } from '../../lib/state/safety-step-texts';
import type { Answers, RedFlag } from '../../lib/schemas/answers';
import type { AskedField } from '../../lib/schemas/question';
import type { AppState } from '../../lib/state/app-state';
import { nextStep, previousStep, stepsFor } from '../../lib/state/questionnaire-steps';
import { Disclaimer } from '../Disclaimer';
import { lazy } from '../lazy';
import { UnitsSwitch } from '../UnitsSwitch';
import { SafetyStep } from './SafetyStep';
import { useScreenHeading } from '../use-screen-heading';

const DISTANCE_STEPS = new Set(['running', 'shoes']);

// The safety step comes first and needs none of the other questions: they load when a later step shows.
const StepFields = lazy(() => import('./StepFields').then((m) => m.StepFields));

/** The questionnaire: a few short steps, defaults preselected, the safety screen first. */
export function Questionnaire({ state }: { state: AppState }) {
  const heading = useScreenHeading();
  const profile = state.profile.value;
  const { answers, safetyAnswered } = profile;
  const visible = stepsFor(profile);
  // A stored step this runner does not go through (a rescreen) starts at the first one.
  const step = visible.includes(profile.step) ? profile.step : visible[0]!;
  const current = QUESTION_STEPS[step]!;
  const following = nextStep(profile, step);
  const units = state.settings.value.units;
  const [none, setNone] = useState(safetyAnswered && answers.redFlags.length === 0);
  const [safetyError, setSafetyError] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<ReadonlySet<AskedField>>(new Set());
  const [blocked, setBlocked] = useState(false);
  // Each new step starts at its heading, so keyboard and screen-reader users begin at the top;
  // fields left behind (or redrawn in other units) drop their unsaved drafts, and with them their errors.
  useEffect(() => {
    heading.current?.focus();
    setInvalid(new Set());
    setBlocked(false);
  }, [step, units]);
  const form = useRef<HTMLFormElement>(null);

  const setAnswer = (field: AskedField, value: unknown) => void state.setAnswer(field, value as Answers[typeof field]);
  const setValidity = (field: AskedField, valid: boolean) =>
    setInvalid((prev) => {
      const next = new Set(prev);
      if (valid) next.delete(field);
      else next.add(field);
      return next;
    });

  const onNext = async (e: Event) => {
    e.preventDefault();
    if (current.id === 'safety') {
      if (answers.redFlags.length === 0 && !none) {
        setSafetyError('Tick any that apply, or tick "None of these apply to me".');
        return;
      }
      return state.confirmSafety();
    }
    const bad = current.fields.filter((f) => invalid.has(f));
    if (bad.length > 0) {
      setBlocked(true);
      form.current?.querySelector<HTMLElement>(`#q-${bad[0]}`)?.focus();
      return;
    }
    setBlocked(false);
    if (following === null) await state.finish();
    else await state.goToStep(following);
  };
  const back = previousStep(profile, step);
  const position = visible.indexOf(step) + 1;

  return (
    <form class="questionnaire" ref={form} onSubmit={onNext} noValidate>
      <div class="progress" role="progressbar" aria-label="Questions" aria-valuemin={1} aria-valuemax={visible.length} aria-valuenow={position} aria-valuetext={`Step ${position} of ${visible.length}`}>
        <span style={{ width: `${(position / visible.length) * 100}%` }} />
      </div>
      <p class="step-count">
        Step {position} of {visible.length}
      </p>
      <h1 tabIndex={-1} ref={heading}>{current.title}</h1>
      {profile.keptAnswers && (
        <p class="banner retaking">
          Your current plan stays until you finish.{' '}
          <button type="button" class="link" onClick={() => void state.cancelRetake()}>
            Keep my answers as they were
          </button>
        </p>
      )}
      {profile.rescreen && position === 1 && <p class="banner">Backstride now asks about more warning signs. Please answer these again; your plan comes straight back after.</p>}
      <p class="intro">{current.intro}</p>
      {DISTANCE_STEPS.has(current.id) && <UnitsSwitch units={units} onChange={(u) => state.updateSettings({ units: u })} />}
      {current.id === 'safety' ? (
        <SafetyStep
          flags={answers.redFlags}
          cleared={answers.clearedFlags}
          clearedOn={profile.clearedOn}
          none={none}
          error={safetyError}
          onFlags={(flags: RedFlag[]) => {
            void state.setFlags(flags);
            if (flags.length > 0) setNone(false);
            setSafetyError(null);
          }}
          onNone={(checked) => {
            setNone(checked);
            if (checked) void state.setFlags([]);
            setSafetyError(null);
          }}
          onWorse={(flag, worse) => void state.unclear(flag, worse)}
        />
      ) : (
        <StepFields fields={current.fields} answers={answers} units={units} onChange={setAnswer} onValidity={setValidity} />
      )}
      {blocked && invalid.size > 0 && (
        <p class="error" role="alert">
          Please fix the answer marked above first.
        </p>
      )}
      <div class="nav-buttons">
        {back !== null && (
          <button type="button" class="secondary" onClick={() => state.goToStep(back)}>
            Back
          </button>
        )}
        <button type="submit" class="primary">
          {following === null ? (profile.rescreen ? 'Back to my plan' : profile.keptAnswers ? 'See my new plan' : 'See my plan') : 'Next'}
        </button>
      </div>
      <Disclaimer />
    </form>
  );
}
