import { EXERCISES } from '../../data/exercises';
import { POSES } from '../../data/poses';
import { buildPlan } from '../domain/build-plan';
import { renderSheet } from '../pdf/render-sheet';
import { CliError, EXIT, runCli } from './cli-error';
import { parseFlags } from './parse-flags';
import { parseSheetFlags } from './sheet-flags';
import { readAnswers } from './read-answers';
import { userPath } from './user-path';
import { writeAtomic } from './write-atomic';

const USAGE = 'npm run -s sheet -- [answers.json] --out week.pdf [--week N | --weeks A-B] [--paper a4|letter] [--start YYYY-MM-DD]';
const OPTIONS = { out: { type: 'string' }, week: { type: 'string' }, weeks: { type: 'string' }, paper: { type: 'string' }, start: { type: 'string' } } as const;

// Composition root for the command line: binds the exercise library to the pure pipeline and the sheet.
await runCli(async () => {
  const { values, file } = parseFlags(process.argv.slice(2), OPTIONS, 'sheet', USAGE);
  const flags = parseSheetFlags(values);
  const answers = await readAnswers(file, 'sheet');
  const plans = flags.weeks.map((week) => buildPlan(answers, EXERCISES, { week }));
  const stop = plans[0]!.safety;
  if (stop.stop) {
    throw new CliError(EXIT.safetyStop, [`sheet: no sheet: these answers need medical care first (${stop.urgency}).`, ...stop.messages.map((m) => `  ${m}`)]);
  }
  const { bytes } = await renderSheet({ plans, start: flags.start, paper: flags.paper }, { exercises: EXERCISES, poses: POSES });
  try {
    await writeAtomic(userPath(flags.out), bytes);
  } catch (error) {
    throw new CliError(EXIT.failure, [`sheet: cannot write ${flags.out}: ${(error as Error).message}`]);
  }
  process.stderr.write(`sheet: wrote ${flags.out} (${plans.length} page${plans.length > 1 ? 's' : ''}, ${bytes.length} bytes)\n`);
});
