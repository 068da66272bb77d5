import type { Answers } from '../schemas/answers';
import { DEFAULT_ANSWERS } from '../schemas/profile-values';
import { parseAnswers } from '../schemas/parse-answers';
import { CliError, EXIT } from './cli-error';
import type { CliIo } from './cli-io';
import { readJson } from './read-json';

/** Reads and validates an answers file; with no path, the default answers (and a word on stderr). */
export async function readAnswers(path: string | undefined, command: string, io: CliIo): Promise<Answers> {
  if (path === undefined) {
    io.stderr(`${command}: no answers file given, using the default answers\n`);
    return DEFAULT_ANSWERS;
  }
  const parsed = parseAnswers(await readJson(path, 'answers file', command, io));
  if (!parsed.ok) throw new CliError(EXIT.badInput, [`${command}: ${path} has invalid answers:`, ...parsed.errors.map((e) => `  ${e}`)]);
  return parsed.value;
}
