import { chmodSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli, tempDir, writeTemp } from '../../tests/support/run-cli';
import { PlanSchema } from '../schemas/plan';

const isPdf = (path: string) => readFileSync(path).subarray(0, 5).toString() === '%PDF-';

describe('sheet --out never clobbers', () => {
  it('refuses to write over the answers file (exit 2), which stays as it was', async () => {
    const dir = tempDir();
    const answers = writeTemp(dir, 'answers.json', { weeklyKm: 25 });
    const before = readFileSync(answers, 'utf8');
    const { code, stdout, stderr } = await runCli('sheet', [answers, '--out', answers]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/--out .* is the answers file/);
    expect(readFileSync(answers, 'utf8')).toBe(before);
  });

  it('refuses the answers file reached through a link too', async () => {
    const dir = tempDir();
    const answers = writeTemp(dir, 'answers.json', {});
    symlinkSync(answers, join(dir, 'out.pdf'));
    expect((await runCli('sheet', [answers, '--out', join(dir, 'out.pdf')])).code).toBe(2);
    expect(readFileSync(answers, 'utf8')).toBe('{}');
  });

  it('keeps a read-only file and its mode, and exits 1', async () => {
    const dir = tempDir();
    const out = writeTemp(dir, 'week.pdf', 'keep me');
    chmodSync(out, 0o444);
    const { code, stderr } = await runCli('sheet', ['--out', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot write .*week\.pdf: the file is read-only/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(statSync(out).mode & 0o777).toBe(0o444);
  });

  it('writes through a link to its target, keeping the link and the mode of the target', async () => {
    const dir = tempDir();
    const target = writeTemp(dir, 'real.pdf', 'old');
    chmodSync(target, 0o640);
    symlinkSync(target, join(dir, 'link.pdf'));
    expect((await runCli('sheet', ['--out', join(dir, 'link.pdf')])).code).toBe(0);
    expect(readlinkSync(join(dir, 'link.pdf'))).toBe(target);
    expect(isPdf(target)).toBe(true);
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it.each([
    ['a folder', (dir: string) => (mkdirSync(join(dir, 'folder')), join(dir, 'folder'))],
    ['a device', () => '/dev/null'],
    ['a link to nothing', (dir: string) => (symlinkSync(join(dir, 'nowhere.pdf'), join(dir, 'dangling.pdf')), join(dir, 'dangling.pdf'))],
  ])('refuses %s (exit 2) and writes nothing', async (_, make) => {
    const dir = tempDir();
    const out = make(dir);
    const before = readdirSync(dir).sort();
    const { code, stderr } = await runCli('sheet', ['--out', out]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--out /);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('never names its temporary file in a message', async () => {
    const dir = tempDir();
    const { code, stderr } = await runCli('sheet', ['--out', join(dir, 'missing', 'x.pdf')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot write .*x\.pdf: no such file or folder/);
    expect(stderr).not.toMatch(/\.tmp/);
  });
});

describe('flags and input the commands refuse cleanly', () => {
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])('--paper %s is an unknown paper (exit 2)', async (paper) => {
    const dir = tempDir();
    const { code, stderr } = await runCli('sheet', ['--out', join(dir, 'x.pdf'), '--paper', paper]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--paper must be one of: a4, letter/);
  });

  it('accepts a start date in year 50 and refuses month 13', async () => {
    const dir = tempDir();
    expect((await runCli('sheet', ['--out', join(dir, 'a.pdf'), '--start', '0050-06-01'])).code).toBe(0);
    expect((await runCli('sheet', ['--out', join(dir, 'b.pdf'), '--start', '2026-13-45'])).code).toBe(2);
  });

  it.each([
    ['plan', ['--week', '1', '--week', '2']],
    ['sheet', ['--out', 'a.pdf', '--out', 'b.pdf']],
  ] as const)('%s refuses a flag given twice', async (command, flags) => {
    const { code, stdout, stderr } = await runCli(command, [...flags], { cwd: tempDir() });
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/is given more than once/);
  });

  it('reads an answers file saved with a UTF-8 byte-order mark', async () => {
    const file = writeTemp(tempDir(), 'bom.json', '\uFEFF{ "weeklyKm": 12 }');
    const { code, stdout } = await runCli('plan', [file]);
    expect(code).toBe(0);
    expect(PlanSchema.parse(JSON.parse(stdout)).week?.runCapKm).toBe(12.6);
  });

  it('names the field of deeply nested JSON instead of overflowing (exit 2)', async () => {
    const file = writeTemp(tempDir(), 'deep.json', `{"painWhen":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const { code, stderr } = await runCli('plan', [file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/painWhen: expected a list/);
  });

  it('says a number too large is too large, not null', async () => {
    const file = writeTemp(tempDir(), 'big.json', '{ "weeklyKm": 1e400 }');
    const { code, stderr } = await runCli('plan', [file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/weeklyKm: expected .* got Infinity \(a number too large\)/);
  });

  it('exits 1 with one plain line when standard output is closed', async () => {
    const closed = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    const { code, stderr } = await runCli('plan', [], { stdout: () => Promise.reject(closed) });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n').at(-1)).toBe('plan: cannot write to standard output: the output was closed');
  });
});

describe('the commands as real processes', () => {
  it('plan prints a valid plan on stdout and exits 0', () => {
    const { code, stdout } = spawnCli('plan', []);
    expect(code).toBe(0);
    expect(PlanSchema.safeParse(JSON.parse(stdout)).success).toBe(true);
  });

  it('sheet exits 2 on bad answers with nothing on stdout', () => {
    const dir = tempDir();
    const file = writeTemp(dir, 'a.json', { painLevel: 11 });
    const { code, stdout, stderr } = spawnCli('sheet', [file, '--out', join(dir, 'x.pdf')]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/painLevel: expected a whole number from 0 to 10/);
    writeFileSync(join(dir, 'check'), '');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'check']);
  });
});
