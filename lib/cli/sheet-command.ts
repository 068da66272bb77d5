import { buildPlan } from '../domain/build-plan';
import { planWords } from '../words/plan-words';
import type { SheetLibrary } from '../pdf/layout-panel';
import { renderSheet } from '../pdf/render-sheet';
import { CliError, describeErrno, EXIT, runCommand } from './cli-error';
import type { CliIo } from './cli-io';
import { checkOutPath } from './out-path';
import { parseFlags } from './parse-flags';
import { readAnswers } from './read-answers';
import { parseSheetFlags } from './sheet-flags';
import { userPath } from './user-path';
import { writeAtomic } from './write-atomic';

const USAGE = 'npm run -s sheet -- [answers.json] --out week.pdf [--week N | --weeks A-B] [--paper a4|letter] [--start YYYY-MM-DD]';
const OPTIONS = { out: { type: 'string' }, week: { type: 'string' }, weeks: { type: 'string' }, paper: { type: 'string' }, start: { type: 'string' } } as const;

/** The `sheet` command: writes the printable week(s) as a PDF. Returns the exit code. */
export function sheetCommand(argv: string[], io: CliIo, library: SheetLibrary): Promise<number> {
  return runCommand('sheet', io, async () => {
    const { values, file } = parseFlags(argv, OPTIONS, 'sheet', USAGE);
    const flags = parseSheetFlags(values, io.now());
    const answers = await readAnswers(file, 'sheet', io);
    const target = await checkOutPath('sheet', flags.out, userPath(flags.out, io), file === undefined ? [] : [userPath(file, io)]);
    const plans = flags.weeks.map((week) => planWords(buildPlan(answers, library.exercises, { week }), 'km'));
    const stop = plans[0]!.safety;
    if (stop.stop) {
      throw new CliError(EXIT.safetyStop, [`sheet: no sheet: these answers need medical care first (${stop.urgency}).`, ...stop.messages.map((m) => `  ${m}`)]);
    }
    const { bytes } = await renderSheet({ plans, start: flags.start, paper: flags.paper }, library);
    try {
      await writeAtomic(target.path, bytes, target.mode);
    } catch (error) {
      throw new CliError(EXIT.failure, [`sheet: cannot write ${flags.out}: ${describeErrno(error)}`]);
    }
    io.stderr(`sheet: wrote ${flags.out} (${plans.length} page${plans.length > 1 ? 's' : ''}, ${bytes.length} bytes)\n`);
  });
}
