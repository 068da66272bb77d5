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

/** Runs a command's main function and turns its outcome into an exit code; stdout stays clean on failure. */
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof CliError) {
      for (const line of error.lines) process.stderr.write(`${line}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    process.stderr.write(`backstride: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT.failure;
  }
}
