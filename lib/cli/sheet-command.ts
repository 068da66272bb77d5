import { buildPlan } from '../domain/build-plan';
import { planWords } from '../words/plan-words';
import type { SheetLibrary } from '../pdf/layout-panel';
import { renderSheet } from '../pdf/render-sheet';
import { addDays, parseIsoDate } from '../domain/calendar';
import { buildPlanWithLog } from '../domain/plan-with-log';
import { progressWords } from '../words/progress-words';
import { badInput, CliError, describeErrno, EXIT, runCommand } from './cli-error';
import { readLogFlags } from './log-flags';
import type { CliIo } from './cli-io';
import { checkOutPath } from './out-path';
import { parseFlags } from './parse-flags';
import { readAnswers } from './read-answers';
import { parseSheetFlags } from './sheet-flags';
import { userPath } from './user-path';
import { writeAtomic } from './write-atomic';

const USAGE = 'npm run -s sheet -- [answers.json] --out week.pdf [--week N | --weeks A-B | --log log.json [--today YYYY-MM-DD]] [--paper a4|letter] [--start YYYY-MM-DD]';
const OPTIONS = {
  out: { type: 'string' },
  week: { type: 'string' },
  weeks: { type: 'string' },
  paper: { type: 'string' },
  start: { type: 'string' },
  log: { type: 'string' },
  today: { type: 'string' },
} as const;

/** The `sheet` command: writes the printable week(s) as a PDF. Returns the exit code. */
export function sheetCommand(argv: string[], io: CliIo, library: SheetLibrary): Promise<number> {
  return runCommand('sheet', io, async () => {
    const { values, file } = parseFlags(argv, OPTIONS, 'sheet', USAGE);
    const flags = parseSheetFlags(values, io.now());
    if (values.log !== undefined && (values.week !== undefined || values.weeks !== undefined || values.start !== undefined)) {
      throw badInput('sheet', 'with --log, the log decides the week and its dates: leave out --week, --weeks and --start');
    }
    const answers = await readAnswers(file, 'sheet', io);
    const logged = await readLogFlags(values, 'sheet', io);
    const inputs = ([[file, 'answers file'], [values.log as string | undefined, 'log']] as const).flatMap(([f, what]) => (f === undefined ? [] : [{ path: userPath(f, io), what }]));
    const target = await checkOutPath('sheet', flags.out, userPath(flags.out, io), inputs);
    let plans;
    let start = flags.start;
    if (logged) {
      // The current week as the log decides it, dated from the log's first Monday.
      const { plan, progress } = buildPlanWithLog(answers, logged.log, logged.today, library.exercises);
      plans = [{ ...planWords(plan, 'km'), progress: progressWords(progress) }];
      start = addDays(parseIsoDate(logged.log.start)!, 7 * (progress.calendarWeek - progress.step));
    } else {
      plans = flags.weeks.map((week) => planWords(buildPlan(answers, library.exercises, { week }), 'km'));
    }
    const stop = plans[0]!.safety;
    if (stop.stop) {
      throw new CliError(EXIT.safetyStop, [`sheet: no sheet: these answers need medical care first (${stop.urgency}).`, ...stop.messages.map((m) => `  ${m}`)]);
    }
    const { bytes } = await renderSheet({ plans, start, paper: flags.paper }, library, io.now());
    try {
      await writeAtomic(target.path, bytes, target.mode);
    } catch (error) {
      throw new CliError(EXIT.failure, [`sheet: cannot write ${flags.out}: ${describeErrno(error)}`]);
    }
    io.stderr(`sheet: wrote ${flags.out} (${plans.length} page${plans.length > 1 ? 's' : ''}, ${bytes.length} bytes)\n`);
  });
}
