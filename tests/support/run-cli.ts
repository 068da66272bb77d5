import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXERCISES } from '../../data/exercises';
import { FIGURES } from '../../data/figures';
import type { CliIo } from '../../lib/cli/cli-io';
import { figuresCommand } from '../../lib/cli/figures-command';
import { planCommand } from '../../lib/cli/plan-command';
import { reportCommand } from '../../lib/cli/report-command';
import { sheetCommand } from '../../lib/cli/sheet-command';

const ROOT = join(import.meta.dirname, '..', '..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command in-process, as its entry point would, with captured output and a fixed clock. */
export async function runCli(script: 'plan' | 'sheet' | 'report' | 'figures', args: string[], options: { cwd?: string; now?: Date; stdout?: CliIo['stdout'] } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout:
      options.stdout ??
      (async (text) => {
        stdout += text;
      }),
    stderr: (text) => {
      stderr += text;
    },
    cwd: options.cwd ?? ROOT,
    now: () => options.now ?? new Date(),
  };
  const code =
    script === 'plan'
      ? await planCommand(args, io, EXERCISES)
      : script === 'report'
        ? await reportCommand(args, io, EXERCISES)
        : script === 'figures'
          ? await figuresCommand(args, io, { exercises: EXERCISES, figures: FIGURES })
          : await sheetCommand(args, io, { exercises: EXERCISES, figures: FIGURES });
  return { code, stdout, stderr };
}

/** Runs a command-line entry point as a real process, the way `npm run -s` does. */
export function spawnCli(script: 'plan' | 'sheet' | 'report' | 'figures', args: string[], cwd = ROOT): CliRun {
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
