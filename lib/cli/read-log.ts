import type { Log } from '../schemas/log';
import { parseLog } from '../schemas/parse-log';
import { CliError, EXIT } from './cli-error';
import type { CliIo } from './cli-io';
import { readJson } from './read-json';

/** Reads and validates a log file (the extension's export holds exactly this); every bad field named. */
export async function readLog(path: string, command: string, io: CliIo): Promise<Log> {
  const parsed = parseLog(await readJson(path, 'log', command, io));
  if (!parsed.ok) throw new CliError(EXIT.badInput, [`${command}: ${path} is not a valid log:`, ...parsed.errors.map((e) => `  ${e}`)]);
  return parsed.value;
}
