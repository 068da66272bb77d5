import { readFile } from 'node:fs/promises';
import type { Answers } from '../schemas/answers';
import { DEFAULT_ANSWERS } from '../schemas/answers';
import { parseAnswers } from '../schemas/parse-answers';
import { CliError, describeErrno, EXIT } from './cli-error';
import type { CliIo } from './cli-io';
import { userPath } from './user-path';

const BOM = '\uFEFF';

/** Reads and validates an answers file; with no path, the default answers (and a word on stderr). */
export async function readAnswers(path: string | undefined, command: string, io: CliIo): Promise<Answers> {
  if (path === undefined) {
    io.stderr(`${command}: no answers file given, using the default answers\n`);
    return DEFAULT_ANSWERS;
  }
  let text: string;
  try {
    text = await readFile(userPath(path, io), 'utf8');
  } catch (error) {
    throw new CliError(EXIT.badInput, [`${command}: cannot read answers file ${path}: ${describeErrno(error)}`]);
  }
  let json: unknown;
  try {
    // Editors on Windows often save UTF-8 with a byte-order mark: it is not part of the JSON.
    json = JSON.parse(text.startsWith(BOM) ? text.slice(1) : text);
  } catch (error) {
    throw new CliError(EXIT.badInput, [`${command}: ${path} is not valid JSON: ${(error as Error).message}`]);
  }
  const parsed = parseAnswers(json);
  if (!parsed.ok) {
    throw new CliError(EXIT.badInput, [`${command}: ${path} has invalid answers:`, ...parsed.errors.map((e) => `  ${e}`)]);
  }
  return parsed.value;
}
