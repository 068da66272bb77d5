import { EXERCISES } from '../../data/exercises';
import { FIGURES } from '../../data/figures';
import { figuresCommand } from './figures-command';
import { processIo } from './cli-io';

// Composition root for the command line: binds the exercise library to the contact sheet.
process.exitCode = await figuresCommand(process.argv.slice(2), processIo(), { exercises: EXERCISES, figures: FIGURES });
