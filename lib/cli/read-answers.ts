import { readFile } from 'node:fs/promises';
import type { Answers } from '../schemas/answers';
import { DEFAULT_ANSWERS } from '../schemas/answers';
import { parseAnswers } from '../schemas/parse-answers';
import { CliError, EXIT } from './cli-error';
import { userPath } from './user-path';

/** Reads and validates an answers file; with no path, the default answers (and a word on stderr). */
export async function readAnswers(path: string | undefined, command: string): Promise<Answers> {
  if (path === undefined) {
    process.stderr.write(`${command}: no answers file given, using the default answers\n`);
    return DEFAULT_ANSWERS;
  }
  let text: string;
  try {
    text = await readFile(userPath(path), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new CliError(EXIT.badInput, [`${command}: cannot read answers file ${path}: ${reason}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(EXIT.badInput, [`${command}: ${path} is not valid JSON: ${(error as Error).message}`]);
  }
  const parsed = parseAnswers(json);
  if (!parsed.ok) {
    throw new CliError(EXIT.badInput, [`${command}: ${path} has invalid answers:`, ...parsed.errors.map((e) => `  ${e}`)]);
  }
  return parsed.value;
}
