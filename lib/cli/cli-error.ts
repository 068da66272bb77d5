import type { CliIo } from './cli-io';

/** Exit codes shared by the command-line tools. */
export const EXIT = { ok: 0, failure: 1, badInput: 2, safetyStop: 3 } as const;

/** An expected failure with its exit code and the lines to print on stderr. */
export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    readonly lines: string[],
  ) {
    super(lines.join('\n'));
  }
}

/** Bad input or a bad flag: exit 2 with one line. */
export const badInput = (command: string, message: string) => new CliError(EXIT.badInput, [`${command}: ${message}`]);

/** Runs a command's body and turns its outcome into an exit code; stdout stays clean on failure. */
export async function runCommand(command: string, io: CliIo, body: () => Promise<void>): Promise<number> {
  try {
    await body();
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CliError) {
      for (const line of error.lines) io.stderr(`${line}\n`);
      return error.exitCode;
    }
    io.stderr(`${command}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failure;
  }
}

/** Prints to stdout, turning a failed write (a closed pipe, a full disk) into a clean exit 1. */
export async function printOut(io: CliIo, command: string, text: string): Promise<void> {
  try {
    await io.stdout(text);
  } catch (error) {
    throw new CliError(EXIT.failure, [`${command}: cannot write to standard output: ${describeErrno(error)}`]);
  }
}

const ERRNO_WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EPIPE: 'the output was closed',
  EEXIST: 'it already exists',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
};

/** An I/O error in plain words, never naming internal (temporary) paths. */
export function describeErrno(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && ERRNO_WORDS[code]) ?? (code ? `error ${code}` : 'unknown error');
}
