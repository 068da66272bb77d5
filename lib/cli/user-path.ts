import { resolve } from 'node:path';

/** A path as the user typed it: npm runs scripts from the package root, so resolve from where npm was started. */
export const userPath = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);
