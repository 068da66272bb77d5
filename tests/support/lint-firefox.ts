import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
  summary: { errors: number; warnings: number; notices: number };
}

/** Runs Mozilla's add-on linter (`web-ext lint`) on a built Firefox extension and returns its report. */
export function lintFirefox(dir = join(ROOT, '.output', 'firefox-mv3')): LintReport {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js'), 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
  if (!run.stdout.trim()) throw new Error(`web-ext lint printed no report: ${run.stderr}`);
  return JSON.parse(run.stdout) as LintReport;
}

/**
 * What the report has that we do not accept: any error or notice, and any warning but Preact's own
 * innerHTML path (`dangerouslySetInnerHTML`, which no source of ours uses) in the shared vendor chunk.
 */
export function lintProblems(report: LintReport): string[] {
  const known = (w: LintMessage) => w.code === 'UNSAFE_VAR_ASSIGNMENT' && /^chunks\/vendor-[\w-]+\.js$/.test(w.file ?? '');
  return [...report.errors, ...report.notices, ...report.warnings.filter((w) => !known(w))].map((m) => `${m.code}${m.file ? ` (${m.file})` : ''}: ${m.message}`);
}
