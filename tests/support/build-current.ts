import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
/** What a build is made from: a change to any of these after the build makes it stale. */
const SOURCES = ['entrypoints', 'components', 'lib', 'data', 'public', 'wxt.config.ts', 'package.json', 'PRIVACY.md'];

function newest(path: string): number {
  const full = join(ROOT, path);
  if (!existsSync(full)) return 0;
  const info = statSync(full);
  if (!info.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : info.mtimeMs;
  return Math.max(0, ...readdirSync(full).map((name) => newest(join(path, name))));
}

/**
 * Throws when the build in `dir` is missing or older than a source file, so end-to-end tests never
 * quietly test a stale `.output` (`npm test` builds first; a lone `vitest run` may not).
 */
export function assertBuildCurrent(dir: string, command: string): void {
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`no build in ${dir}: run \`${command}\` first (npm test does)`);
  const built = statSync(manifest).mtimeMs;
  const changed = Math.max(...SOURCES.map(newest));
  if (changed > built) throw new Error(`the build in ${dir} is older than the sources: run \`${command}\` again (npm test does)`);
}
