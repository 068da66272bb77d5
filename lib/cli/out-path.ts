import { lstat, realpath, stat } from 'node:fs/promises';
import { CliError, EXIT } from './cli-error';

/** Where an output file will really be written, and the mode to keep when it replaces one. */
export interface OutTarget {
  path: string;
  mode: number | null;
}

/** A file the command reads, which `--out` must never be; `what` names it in the message. */
export interface OutInput {
  path: string;
  what: 'answers file' | 'log';
}

const KEPT: Record<OutInput['what'], string> = { 'answers file': 'your answers are kept', log: 'your log is kept' };

/**
 * Checks `--out` before anything is written: a link is written through to its target; anything
 * but a regular file (a folder, a device, a pipe) and the inputs (the answers file, the log) are refused (exit 2);
 * a read-only file is kept as it is (exit 1).
 */
export async function checkOutPath(command: string, out: string, absolute: string, inputs: readonly OutInput[]): Promise<OutTarget> {
  const existing = await realpath(absolute).catch(() => null);
  if (existing === null) {
    const link = await lstat(absolute).catch(() => null);
    if (link?.isSymbolicLink()) throw new CliError(EXIT.badInput, [`${command}: --out ${out} is a link to nothing; give a file path`]);
    return { path: absolute, mode: null };
  }
  const info = await stat(existing);
  if (!info.isFile()) throw new CliError(EXIT.badInput, [`${command}: --out ${out} is not a regular file; give a file path`]);
  for (const input of inputs) {
    if ((await realpath(input.path).catch(() => null)) === existing) {
      throw new CliError(EXIT.badInput, [`${command}: --out ${out} is the ${input.what}; give another path so ${KEPT[input.what]}`]);
    }
  }
  // Checked by mode, not by access(): root may write anywhere, but a read-only file is meant to stay.
  if ((info.mode & 0o222) === 0) throw new CliError(EXIT.failure, [`${command}: cannot write ${out}: the file is read-only`]);
  return { path: existing, mode: info.mode & 0o7777 };
}
