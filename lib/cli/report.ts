import { EXERCISES } from '../../data/exercises';
import { processIo } from './cli-io';
import { reportCommand } from './report-command';

// Composition root for the command line: binds the exercise library to the pipeline and the report.
process.exitCode = await reportCommand(process.argv.slice(2), processIo(), EXERCISES);
