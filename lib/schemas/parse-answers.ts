import { ANSWER_FIELD_HELP } from './answer-help';
import { AnswersSchema, type Answers } from './answers';
import { describeIssues } from './describe-issues';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Validates untrusted answers (a file, a form, storage) and fills in defaults. */
export function parseAnswers(input: unknown): ParseResult<Answers> {
  try {
    const result = AnswersSchema.safeParse(input);
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, errors: describeIssues(result.error.issues, ANSWER_FIELD_HELP, input) };
  } catch (error) {
    // Only absurd input gets here: JSON nested so deeply that checking it runs out of stack.
    if (error instanceof RangeError) return { ok: false, errors: ['(root): the JSON is nested too deeply to read as answers'] };
    throw error;
  }
}
