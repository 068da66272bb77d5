import { PROGRAMME_WEEKS } from '../schemas/programme';
import { CliError, EXIT } from './cli-error';

/** Parses a `--week` value: a whole number from 1 to 8. */
export function parseWeek(value: string | undefined, command: string, flag = '--week'): number {
  if (value === undefined) return 1;
  const week = Number(value);
  if (!/^\d+$/.test(value) || week < 1 || week > PROGRAMME_WEEKS) {
    throw new CliError(EXIT.badInput, [`${command}: ${flag} must be a whole number from 1 to ${PROGRAMME_WEEKS}, got "${value}"`]);
  }
  return week;
}
