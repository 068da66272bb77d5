import { EXERCISES } from '../../data/exercises';
import { processIo } from './cli-io';
import { planCommand } from './plan-command';

// Composition root for the command line: binds the exercise library to the pure pipeline.
process.exitCode = await planCommand(process.argv.slice(2), processIo(), EXERCISES);
