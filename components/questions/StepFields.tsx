import { toeTouchAsked } from '../../lib/domain/toe-touch-asked';
import type { Answers } from '../../lib/schemas/answers';
import type { AskedField } from '../../lib/schemas/question';
import type { Units } from '../../lib/schemas/settings';
import { QuestionField } from './QuestionField';

export interface StepFieldsProps {
  fields: readonly AskedField[];
  answers: Answers;
  units: Units;
  onChange: (field: AskedField, value: unknown) => void;
  onValidity: (field: AskedField, valid: boolean) => void;
}

/** A step's questions after the safety step; the toe-touch test is left out where it could do harm. */
export function StepFields({ fields, answers, units, onChange, onValidity }: StepFieldsProps) {
  return (
    <>
      {fields
        .filter((f) => f !== 'toeTouch' || toeTouchAsked(answers))
        .map((field) => (
          <QuestionField key={`${field}-${units}`} field={field} answers={answers} units={units} onChange={onChange} onValidity={onValidity} />
        ))}
    </>
  );
}
