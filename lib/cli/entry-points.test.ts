import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { goodWeek, logOf } from '../../tests/support/log-builder';
import { tempDir, writeTemp } from '../../tests/support/run-cli';

// The four entry points, run in-process as node would run them: what they take from the process
// (its arguments after the script, INIT_CWD) and what they leave it (the exit code, the output).
const ARGV = process.argv;
// Static specifiers, so the module graph (and Stryker's `related` test selection) links each entry point to this file.
const ENTRY_POINTS = { plan: () => import('./plan'), sheet: () => import('./sheet'), report: () => import('./report'), figures: () => import('./figures') };

afterEach(() => {
  process.argv = ARGV;
  process.exitCode = undefined;
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

/** Runs `lib/cli/<script>.ts` with `args`, from `cwd`; returns the exit code and the output. */
async function runEntry(script: keyof typeof ENTRY_POINTS, args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(((text: string, done: () => void) => ((stdout += text), done(), true)) as never);
  vi.spyOn(process.stderr, 'write').mockImplementation(((text: string) => ((stderr += text), true)) as never);
  vi.stubEnv('INIT_CWD', cwd);
  process.argv = [process.execPath, join(import.meta.dirname, `${script}.ts`), ...args];
  // A fresh module each time: its top level is the command run.
  vi.resetModules();
  await ENTRY_POINTS[script]();
  return { code: process.exitCode, stdout, stderr };
}

describe('the entry points', () => {
  it('plan prints the week asked for', async () => {
    const dir = tempDir();
    writeTemp(dir, 'a.json', {});
    const run = await runEntry('plan', ['a.json', '--week', '2'], dir);
    expect([run.code, run.stderr, JSON.parse(run.stdout).week.number]).toEqual([0, '', 2]);
  });

  it('sheet writes --out, in the folder npm was started from', async () => {
    const dir = tempDir();
    const run = await runEntry('sheet', ['--out', 'week.pdf'], dir);
    expect([run.code, run.stdout, existsSync(join(dir, 'week.pdf'))]).toEqual([0, '', true]);
  });

  it('report writes --out from the log', async () => {
    const dir = tempDir();
    writeTemp(dir, 'log.json', logOf([goodWeek()]));
    const run = await runEntry('report', ['--log', 'log.json', '--out', 'r.pdf'], dir);
    expect([run.code, run.stdout, existsSync(join(dir, 'r.pdf'))]).toEqual([0, '', true]);
  });

  it('figures writes --out', async () => {
    const dir = tempDir();
    const run = await runEntry('figures', ['--out', 'f.pdf'], dir);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', expect.stringMatching(/^figures: wrote f\.pdf \(\d+ pages, \d+ exercises\)\n$/)]);
  });
});
