import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** Runs a command-line entry point the way `npm run -s` does, and returns what it printed. */
export function runCli(script: 'plan' | 'sheet', args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'lib', 'cli', `${script}.ts`), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder for files a test writes. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'backstride-'));
}

/** Writes `content` (JSON unless a string) to a file in `dir` and returns its path. */
export function writeTemp(dir: string, name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
