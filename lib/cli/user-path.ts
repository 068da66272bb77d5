import { resolve } from 'node:path';
import type { CliIo } from './cli-io';

/** A path as the user typed it, from where they started the command. */
export const userPath = (path: string, io: Pick<CliIo, 'cwd'>) => resolve(io.cwd, path);
