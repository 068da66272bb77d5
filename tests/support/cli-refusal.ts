import { CliError } from '../../lib/cli/cli-error';

/** The exit code and lines of the refusal `parse` throws (a command's flag or input check). */
export function refusal(parse: () => unknown): [number, string[]] {
  try {
    parse();
  } catch (error) {
    if (error instanceof CliError) return [error.exitCode, error.lines];
    throw error;
  }
  throw new Error('expected a refusal, got none');
}
