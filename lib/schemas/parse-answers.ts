import { ANSWER_FIELD_HELP } from './answer-help';
import { AnswersSchema, type Answers } from './answers';
import { describeIssues } from './describe-issues';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Validates untrusted answers (a file, a form, storage) and fills in defaults. */
export function parseAnswers(input: unknown): ParseResult<Answers> {
  const result = AnswersSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: describeIssues(result.error.issues, ANSWER_FIELD_HELP, input) };
}
