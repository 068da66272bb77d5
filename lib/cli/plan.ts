import { EXERCISES } from '../../data/exercises';
import { buildPlan } from '../domain/build-plan';
import { runCli } from './cli-error';
import { parseFlags } from './parse-flags';
import { parseWeek } from './parse-week';
import { readAnswers } from './read-answers';

const USAGE = 'npm run -s plan -- [answers.json] [--week N]';

// Composition root for the command line: binds the exercise library to the pure pipeline.
await runCli(async () => {
  const { values, file } = parseFlags(process.argv.slice(2), { week: { type: 'string' } }, 'plan', USAGE);
  const week = parseWeek(values.week as string | undefined, 'plan');
  const answers = await readAnswers(file, 'plan');
  const plan = buildPlan(answers, EXERCISES, { week });
  process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
});
