import type { SheetLibrary } from '../pdf/layout-panel';
import { layoutContactSheet } from '../pdf/layout-contact-sheet';
import { renderLayout } from '../pdf/render-sheet';
import { PAPER, type Paper } from '../pdf/tokens';
import { badInput, CliError, describeErrno, EXIT, runCommand } from './cli-error';
import type { CliIo } from './cli-io';
import { checkOutPath } from './out-path';
import { parseFlags } from './parse-flags';
import { userPath } from './user-path';
import { writeAtomic } from './write-atomic';

const USAGE = 'npm run -s figures -- --out figures.pdf [--paper a4|letter]';
const OPTIONS = { out: { type: 'string' }, paper: { type: 'string' } } as const;

/** The `figures` command: writes a contact sheet of every exercise's figure in every position, to review by eye. */
export function figuresCommand(argv: string[], io: CliIo, library: SheetLibrary): Promise<number> {
  return runCommand('figures', io, async () => {
    const { values, file } = parseFlags(argv, OPTIONS, 'figures', USAGE);
    if (file !== undefined) throw badInput('figures', `takes no answers file; got "${file}"`);
    const out = values.out as string | undefined;
    if (!out) throw badInput('figures', '--out FILE.pdf is required');
    const paper = (values.paper as string | undefined) ?? 'a4';
    if (!Object.hasOwn(PAPER, paper)) throw badInput('figures', `--paper must be one of: ${Object.keys(PAPER).join(', ')}; got "${paper}"`);
    const target = await checkOutPath('figures', out, userPath(out, io), []);
    const { bytes, layout } = await renderLayout((measure) => layoutContactSheet(library, paper as Paper, measure), io.now());
    try {
      await writeAtomic(target.path, bytes, target.mode);
    } catch (error) {
      throw new CliError(EXIT.failure, [`figures: cannot write ${out}: ${describeErrno(error)}`]);
    }
    io.stderr(`figures: wrote ${out} (${layout.pages.length} pages, ${library.exercises.length} exercises)\n`);
  });
}
