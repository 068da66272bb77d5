import { buildPlanWithLog } from '../domain/plan-with-log';
import type { Exercise } from '../schemas/exercise';
import { PAPER, type Paper } from '../pdf/tokens';
import { planWords } from '../words/plan-words';
import { reportWords } from '../words/report-words';
import { badInput, CliError, describeErrno, EXIT, runCommand } from './cli-error';
import type { CliIo } from './cli-io';
import { readLogFlags } from './log-flags';
import { checkOutPath } from './out-path';
import { parseFlags } from './parse-flags';
import { readAnswers } from './read-answers';
import { userPath } from './user-path';
import { writeAtomic } from './write-atomic';

const USAGE = 'npm run -s report -- [answers.json] --log log.json --out report.pdf [--today YYYY-MM-DD] [--paper a4|letter]';
const OPTIONS = { out: { type: 'string' }, log: { type: 'string' }, today: { type: 'string' }, paper: { type: 'string' } } as const;

/** The `report` command: a one-page progress report for a physiotherapist, from answers and the log. Returns the exit code. */
export function reportCommand(argv: string[], io: CliIo, library: readonly Exercise[]): Promise<number> {
  return runCommand('report', io, async () => {
    const { values, file } = parseFlags(argv, OPTIONS, 'report', USAGE);
    const out = values.out as string | undefined;
    if (!out) throw badInput('report', '--out FILE.pdf is required');
    if (values.log === undefined) throw badInput('report', '--log FILE.json is required: the report is about what the log holds');
    const paper = (values.paper as string | undefined) ?? 'a4';
    if (!Object.hasOwn(PAPER, paper)) throw badInput('report', `--paper must be one of: ${Object.keys(PAPER).join(', ')}; got "${paper}"`);
    const answers = await readAnswers(file, 'report', io);
    const logged = (await readLogFlags(values, 'report', io))!;
    const inputs = ([[file, 'answers file'], [values.log as string, 'log']] as const).flatMap(([f, what]) => (f === undefined ? [] : [{ path: userPath(f, io), what }]));
    const target = await checkOutPath('report', out, userPath(out, io), inputs);
    const { plan, progress } = buildPlanWithLog(answers, logged.log, logged.today, library);
    const worded = planWords(plan, 'km');
    // A red flag still stops: no report that could read as a plan, and the directions instead.
    if (worded.safety.stop) {
      throw new CliError(EXIT.safetyStop, [`report: no report: these answers need medical care first (${worded.safety.urgency}).`, ...worded.safety.messages.map((m) => `  ${m}`)]);
    }
    const { renderReport } = await import('../pdf/render-report');
    const { bytes } = await renderReport(reportWords(answers, worded, progress, logged.log, logged.today), paper as Paper, io.now());
    try {
      await writeAtomic(target.path, bytes, target.mode);
    } catch (error) {
      throw new CliError(EXIT.failure, [`report: cannot write ${out}: ${describeErrno(error)}`]);
    }
    io.stderr(`report: wrote ${out} (1 page, ${bytes.length} bytes)\n`);
  });
}
