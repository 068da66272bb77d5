import type { Exercise } from '../schemas/exercise';
import { buildPlan } from '../domain/build-plan';
import { planWords } from '../words/plan-words';
import { printOut, runCommand } from './cli-error';
import type { CliIo } from './cli-io';
import { parseFlags } from './parse-flags';
import { parseWeek } from './parse-week';
import { readAnswers } from './read-answers';

const USAGE = 'npm run -s plan -- [answers.json] [--week N]';

/** The `plan` command: prints one week's plan as JSON. Returns the exit code. */
export function planCommand(argv: string[], io: CliIo, library: readonly Exercise[]): Promise<number> {
  return runCommand('plan', io, async () => {
    const { values, file } = parseFlags(argv, { week: { type: 'string' } }, 'plan', USAGE);
    const week = parseWeek(values.week as string | undefined, 'plan');
    const answers = await readAnswers(file, 'plan', io);
    // The plan's sentences are made here, at the edge, in km as the answers contract is.
    const plan = planWords(buildPlan(answers, library, { week }), 'km');
    await printOut(io, 'plan', `${JSON.stringify(plan, null, 2)}\n`);
  });
}
