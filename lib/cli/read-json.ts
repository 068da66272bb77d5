import { readFile } from 'node:fs/promises';
import { CliError, describeErrno, EXIT } from './cli-error';
import type { CliIo } from './cli-io';
import { userPath } from './user-path';

const BOM = '\uFEFF';

/** Reads a JSON file the user named; `what` says what it is in messages ("answers file", "log"). */
export async function readJson(path: string, what: string, command: string, io: CliIo): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(userPath(path, io), 'utf8');
  } catch (error) {
    throw new CliError(EXIT.badInput, [`${command}: cannot read ${what} ${path}: ${describeErrno(error)}`]);
  }
  try {
    // Editors on Windows often save UTF-8 with a byte-order mark: it is not part of the JSON.
    return JSON.parse(text.startsWith(BOM) ? text.slice(1) : text);
  } catch (error) {
    throw new CliError(EXIT.badInput, [`${command}: ${path} is not valid JSON: ${(error as Error).message}`]);
  }
}
