import { EXERCISES } from '../../data/exercises';
import { FIGURES } from '../../data/figures';
import { processIo } from './cli-io';
import { sheetCommand } from './sheet-command';

// Composition root for the command line: binds the exercise library to the pure pipeline and the sheet.
process.exitCode = await sheetCommand(process.argv.slice(2), processIo(), { exercises: EXERCISES, figures: FIGURES });
