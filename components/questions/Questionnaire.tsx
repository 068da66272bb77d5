import { useEffect, useRef, useState } from 'preact/hooks';
import { QUESTION_STEPS } from '../../data/questions';
import type { AnswerField, Answers, RedFlag } from '../../lib/schemas/answers';
import type { AppState } from '../../lib/state/app-state';
import { Disclaimer } from '../Disclaimer';
import { UnitsSwitch } from '../UnitsSwitch';
import { QuestionField } from './QuestionField';
import { SafetyStep } from './SafetyStep';
import { useScreenHeading } from '../use-screen-heading';

const DISTANCE_STEPS = new Set(['running', 'shoes']);

/** The questionnaire: a few short steps, defaults preselected, the safety screen first. */
export function Questionnaire({ state }: { state: AppState }) {
  const heading = useScreenHeading();
  const { answers, step, safetyAnswered } = state.profile.value;
  const current = QUESTION_STEPS[step] ?? QUESTION_STEPS[0]!;
  const last = step === QUESTION_STEPS.length - 1;
  const units = state.settings.value.units;
  const [none, setNone] = useState(safetyAnswered && answers.redFlags.length === 0);
  const [safetyError, setSafetyError] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<ReadonlySet<AnswerField>>(new Set());
  const [blocked, setBlocked] = useState(false);
  // Each new step starts at its heading, so keyboard and screen-reader users begin at the top;
  // fields left behind (or redrawn in other units) drop their unsaved drafts, and with them their errors.
  useEffect(() => {
    heading.current?.focus();
    setInvalid(new Set());
    setBlocked(false);
  }, [step, units]);
  const form = useRef<HTMLFormElement>(null);

  const setAnswer = (field: AnswerField, value: unknown) => void state.setAnswer(field, value as Answers[typeof field]);
  const setValidity = (field: AnswerField, valid: boolean) =>
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
    if (last) await state.finish();
    else await state.goToStep(Math.min(step + 1, QUESTION_STEPS.length - 1));
  };

  return (
    <form class="questionnaire" ref={form} onSubmit={onNext} noValidate>
      <div class="progress" role="progressbar" aria-label="Questions" aria-valuemin={1} aria-valuemax={QUESTION_STEPS.length} aria-valuenow={step + 1} aria-valuetext={`Step ${step + 1} of ${QUESTION_STEPS.length}`}>
        <span style={{ width: `${((step + 1) / QUESTION_STEPS.length) * 100}%` }} />
      </div>
      <p class="step-count">
        Step {step + 1} of {QUESTION_STEPS.length}
      </p>
      <h1 tabIndex={-1} ref={heading}>{current.title}</h1>
      <p class="intro">{current.intro}</p>
      {DISTANCE_STEPS.has(current.id) && <UnitsSwitch units={units} onChange={(u) => state.updateSettings({ units: u })} />}
      {current.id === 'safety' ? (
        <SafetyStep
          flags={answers.redFlags}
          none={none}
          error={safetyError}
          onFlags={(flags: RedFlag[]) => {
            setAnswer('redFlags', flags);
            if (flags.length > 0) setNone(false);
            setSafetyError(null);
          }}
          onNone={(checked) => {
            setNone(checked);
            if (checked) setAnswer('redFlags', []);
            setSafetyError(null);
          }}
        />
      ) : (
        current.fields.map((field) => <QuestionField key={`${field}-${units}`} field={field} answers={answers} units={units} onChange={setAnswer} onValidity={setValidity} />)
      )}
      {blocked && invalid.size > 0 && (
        <p class="error" role="alert">
          Please fix the answer marked above first.
        </p>
      )}
      <div class="nav-buttons">
        {step > 0 && (
          <button type="button" class="secondary" onClick={() => state.goToStep(step - 1)}>
            Back
          </button>
        )}
        <button type="submit" class="primary">
          {last ? 'See my plan' : 'Next'}
        </button>
      </div>
      <Disclaimer />
    </form>
  );
}
