import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError, EXIT } from './cli-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs with unknown flags, repeated flags and extra arguments reported as bad
 * input (exit 2).
 */
export function parseFlags<O extends Options>(argv: string[], options: O, command: string, usage: string) {
  try {
    const parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true, tokens: true });
    if (parsed.positionals.length > 1) throw new Error(`expected at most one answers file, got ${parsed.positionals.length}`);
    const seen = new Set<string>();
    for (const token of parsed.tokens) {
      if (token.kind !== 'option') continue;
      if (seen.has(token.name)) throw new Error(`--${token.name} is given more than once`);
      seen.add(token.name);
    }
    return { values: parsed.values, file: parsed.positionals[0] };
  } catch (error) {
    throw new CliError(EXIT.badInput, [`${command}: ${(error as Error).message}`, `usage: ${usage}`]);
  }
}
