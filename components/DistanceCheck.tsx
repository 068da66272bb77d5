import { useRef, useState } from 'preact/hooks';
import { KM_PER_MILE } from '../lib/domain/units';
import { QUESTIONS } from '../lib/state/question-texts';
import type { Units } from '../lib/schemas/settings';
import { Disclaimer } from './Disclaimer';
import { NumberInput } from './questions/NumberInput';
import { validateAnswer } from './questions/QuestionField';
import { UnitsSwitch } from './UnitsSwitch';
import { useScreenHeading } from './use-screen-heading';


export interface DistanceCheckProps {
  units: Units;
  /** True when a plan comes next (the questionnaire was finished); otherwise the questions go on. */
  toPlan: boolean;
  onUnits: (units: Units) => void;
  /** Last week's distance in km. */
  onDistance: (km: number) => void;
}

/** After a stop or a clearance: last week's distance again, since the plan starts from it. */
export function DistanceCheck({ units, toPlan, onUnits, onDistance }: DistanceCheckProps) {
  const q = QUESTIONS.weeklyKm;
  if (q.kind !== 'distance') throw new Error('weeklyKm must be asked as a distance');
  const heading = useScreenHeading();
  const [km, setKm] = useState<number | null>(null);
  const [valid, setValid] = useState(true);
  const [missing, setMissing] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const onSubmit = (e: Event) => {
    e.preventDefault();
    setMissing(km === null && valid);
    if (km === null || !valid) return form.current?.querySelector<HTMLElement>('#recheck-km')?.focus();
    onDistance(km);
  };
  return (
    <main class="distance-check">
      <h1 tabIndex={-1} ref={heading}>
        How far did you run last week?
      </h1>
      <p class="intro">Your plan starts from what you ran last week, so things may have changed. Count every run; 0 is a fine answer.</p>
      <form ref={form} onSubmit={onSubmit} noValidate>
        <UnitsSwitch units={units} onChange={onUnits} />
        <NumberInput
          key={units}
          id="recheck-km"
          label="Last week's distance"
          unit={units === 'km' ? 'km' : 'miles'}
          units={units}
          value={km}
          min={q.min}
          max={q.max}
          step={q.step}
          optional
          validate={(v) => validateAnswer('weeklyKm', v) && `Enter a distance from 0 to ${units === 'mi' ? `${Math.round(q.max / KM_PER_MILE)} miles` : `${q.max} km`}.`}
          onChange={(v) => {
            setKm(v);
            if (v !== null) setMissing(false);
          }}
          onValidity={setValid}
        />
        {missing && (
          <p class="error" role="alert">
            Enter how far you ran last week, or 0 if you did not run.
          </p>
        )}
        <div class="nav-buttons">
          <button type="submit" class="primary">
            {toPlan ? 'Show my plan' : 'Next'}
          </button>
        </div>
      </form>
      <Disclaimer />
    </main>
  );
}
