import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../data/exercises';
import { FIGURES } from '../../data/figures';
import { goodWeek, logOf } from '../../tests/support/log-builder';
import { runCli, tempDir, writeTemp } from '../../tests/support/run-cli';
import type { CliIo } from './cli-io';
import { figuresCommand } from './figures-command';
import { planCommand } from './plan-command';
import { reportCommand } from './report-command';
import { sheetCommand } from './sheet-command';

// Failures no input causes: a bug or a broken machine is exit 1, one line naming the command.
const LIBRARY = { exercises: EXERCISES, figures: FIGURES };
const COMMANDS = {
  plan: (argv: string[], io: CliIo) => planCommand(argv, io, EXERCISES),
  sheet: (argv: string[], io: CliIo) => sheetCommand(argv, io, LIBRARY),
  report: (argv: string[], io: CliIo) => reportCommand(argv, io, EXERCISES),
  figures: (argv: string[], io: CliIo) => figuresCommand(argv, io, LIBRARY),
};

describe('an unexpected failure', () => {
  it.each([
    ['plan', ['--log', 'log.json']],
    ['sheet', ['--out', 'week.pdf']],
    ['report', ['--log', 'log.json', '--out', 'r.pdf']],
    ['figures', ['--out', 'f.pdf']],
  ] as const)('%s: exit 1, "internal error" and the reason, nothing on stdout or on disk', async (command, argv) => {
    const dir = tempDir();
    writeTemp(dir, 'log.json', logOf([goodWeek()]));
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: async (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      cwd: dir,
      now: () => {
        throw new Error('the clock is broken');
      },
    };
    expect(await COMMANDS[command]([...argv], io)).toBe(1);
    expect([stdout, stderr.split('\n').at(-2)]).toEqual(['', `${command}: internal error: the clock is broken`]);
    expect(readdirSync(dir)).toEqual(['log.json']);
  });
});

describe('a closed standard output', () => {
  it('plan with a log: exit 1, one plain line', async () => {
    const dir = tempDir();
    writeTemp(dir, 'log.json', logOf([goodWeek()]));
    const closed = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    const run = await runCli('plan', ['--log', 'log.json', '--today', '2026-11-10'], { cwd: dir, stdout: () => Promise.reject(closed) });
    expect([run.code, run.stderr.split('\n').at(-2)]).toEqual([1, 'plan: cannot write to standard output: the output was closed']);
  });
});
