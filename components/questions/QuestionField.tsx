import { QUESTIONS } from '../../lib/state/question-texts';
import { ANSWER_FIELD_HELP } from '../../lib/schemas/answer-help';
import { AnswersSchema, UNDER_AGE_MESSAGE, type AnswerField, type Answers } from '../../lib/schemas/answers';
import type { AskedField } from '../../lib/schemas/question';
import { MIN_AGE } from '../../lib/schemas/thresholds';
import type { Units } from '../../lib/schemas/settings';
import { KM_PER_MILE } from '../../lib/domain/units';
import { NumberInput } from './NumberInput';
import { OptionGroup } from './OptionGroup';

export interface QuestionFieldProps {
  field: AskedField;
  answers: Answers;
  units: Units;
  onChange: (field: AskedField, value: unknown) => void;
  onValidity: (field: AskedField, valid: boolean) => void;
}

/** Checks one answer against the contract; the message names what is allowed. */
export function validateAnswer(field: AnswerField, value: unknown): string | null {
  return AnswersSchema.shape[field].safeParse(value).success ? null : `Enter ${ANSWER_FIELD_HELP[field]}.`;
}

/** Asks one answer the way data/questions.ts describes it. */
export function QuestionField({ field, answers, units, onChange, onValidity }: QuestionFieldProps) {
  const q = QUESTIONS[field];
  const id = `q-${field}`;
  const value = answers[field];
  switch (q.kind) {
    case 'number':
    case 'distance':
      return (
        <NumberInput
          id={id}
          label={q.label}
          hint={q.hint}
          unit={q.kind === 'distance' ? units : (q.unit ?? '')}
          units={q.kind === 'distance' ? units : undefined}
          value={value as number}
          min={q.min}
          max={q.max}
          step={q.step}
          validate={(v) => {
            const problem = validateAnswer(field, v);
            return problem && q.kind === 'distance' && units === 'mi' ? `Enter a distance up to ${Math.round(q.max / KM_PER_MILE)} miles.` : problem;
          }}
          onChange={(v) => onChange(field, v)}
          onValidity={(ok) => onValidity(field, ok)}
        />
      );
    case 'optional-number':
      return (
        <NumberInput
          id={id}
          label={q.label}
          hint={q.hint}
          unit={q.unit}
          value={value as number | null}
          min={q.min}
          max={q.max}
          step={q.step}
          optional
          notTriedLabel={q.notTriedLabel}
          validate={(v) => {
            // Under 18 is not a typing slip: say plainly who Backstride is for.
            if (field === 'age' && Number.isInteger(v) && v >= 0 && v < MIN_AGE) return `${UNDER_AGE_MESSAGE}.`;
            return validateAnswer(field, v) && q.invalid;
          }}
          onChange={(v) => onChange(field, v)}
          onValidity={(ok) => onValidity(field, ok)}
        />
      );
    case 'scale': {
      const options = Array.from({ length: q.max - q.min + 1 }, (_, i) => ({ value: String(q.min + i), label: String(q.min + i) }));
      return (
        <OptionGroup id={id} legend={q.label} hint={`${q.min} is ${q.lowLabel}, ${q.max} is ${q.highLabel}.`} options={options} selected={[String(value)]} multiple={false} compact scale onChange={([v]) => onChange(field, Number(v))} />
      );
    }
    case 'yes-no':
      // No first, as in every choice list that has a No.
      return (
        <OptionGroup id={id} legend={q.label} options={[{ value: 'false', label: 'No' }, { value: 'true', label: 'Yes' }]} selected={[String(value)]} multiple={false} compact onChange={([v]) => onChange(field, v === 'true')} />
      );
    case 'choice':
      return <OptionGroup id={id} legend={q.label} hint={q.hint} options={q.options} selected={[String(value)]} multiple={false} onChange={([v]) => onChange(field, v)} />;
    case 'flags':
      throw new Error('red flags are asked by SafetyStep');
    case 'multi':
    case 'days':
      return <OptionGroup id={id} legend={q.label} hint={q.hint} options={q.options} selected={value as string[]} multiple compact={q.kind === 'days'} onChange={(v) => onChange(field, v)} />;
  }
}
