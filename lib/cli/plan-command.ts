import type { Exercise } from '../schemas/exercise';
import { buildPlan } from '../domain/build-plan';
import { buildPlanWithLog } from '../domain/plan-with-log';
import { planWords } from '../words/plan-words';
import { progressWords } from '../words/progress-words';
import { badInput, printOut, runCommand } from './cli-error';
import type { CliIo } from './cli-io';
import { readLogFlags } from './log-flags';
import { parseFlags } from './parse-flags';
import { parseWeek } from './parse-week';
import { readAnswers } from './read-answers';

const USAGE = 'npm run -s plan -- [answers.json] [--week N | --log log.json [--today YYYY-MM-DD]]';
const OPTIONS = { week: { type: 'string' }, log: { type: 'string' }, today: { type: 'string' } } as const;

/** The `plan` command: prints one week's plan as JSON; with a log, the current week as the log decides. Returns the exit code. */
export function planCommand(argv: string[], io: CliIo, library: readonly Exercise[]): Promise<number> {
  return runCommand('plan', io, async () => {
    const { values, file } = parseFlags(argv, OPTIONS, 'plan', USAGE);
    if (values.week !== undefined && values.log !== undefined) throw badInput('plan', 'use --week N or --log, not both: with a log, the log decides the week');
    const week = parseWeek(values.week as string | undefined, 'plan');
    const answers = await readAnswers(file, 'plan', io);
    const logged = await readLogFlags(values, 'plan', io);
    // The plan's sentences are made here, at the edge, in km as the answers contract is.
    if (logged) {
      const { plan, progress } = buildPlanWithLog(answers, logged.log, logged.today, library);
      await printOut(io, 'plan', `${JSON.stringify({ ...planWords(plan, 'km'), progress: progressWords(progress) }, null, 2)}\n`);
      return;
    }
    await printOut(io, 'plan', `${JSON.stringify(planWords(buildPlan(answers, library, { week }), 'km'), null, 2)}\n`);
  });
}
