import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../data/exercises';
import { runCli, spawnCli, tempDir, writeTemp } from '../../tests/support/run-cli';

describe('figures command', () => {
  it('writes a contact sheet naming every exercise, with every position framed at a large size and at the sheet sizes', async () => {
    const dir = tempDir();
    const out = join(dir, 'figures.pdf');
    const { code, stdout, stderr } = await runCli('figures', ['--out', out]);
    expect([code, stdout]).toEqual([0, '']);
    expect(stderr).toMatch(new RegExp(`wrote .*figures\\.pdf \\(\\d+ pages, ${EXERCISES.length} exercises\\)`));
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const ex of EXERCISES) expect(text, ex.id).toContain(ex.name);
    expect(text).toMatch(/Side plank \(left; right mirrored\)/);
    expect(text).toMatch(/front view/);
    expect(execFileSync('qpdf', ['--check', out], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
    // Portrait A4 unless asked.
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.28 x 841\.89/);
  });

  it('prints on US Letter when asked', async () => {
    const out = join(tempDir(), 'f.pdf');
    expect((await runCli('figures', ['--out', out, '--paper', 'letter'])).code).toBe(0);
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792/);
  });

  it.each([
    ['no --out', () => [], /--out FILE.pdf is required/],
    ['an unknown paper', (dir: string) => ['--out', join(dir, 'f.pdf'), '--paper', 'a5'], /--paper must be one of: a4, letter; got "a5"/],
    ['an answers file', (dir: string) => [writeTemp(dir, 'a.json', {}), '--out', join(dir, 'f.pdf')], /takes no answers file/],
    ['an unknown flag', (dir: string) => ['--out', join(dir, 'f.pdf'), '--week', '2'], /usage: npm run -s figures/],
    ['an --out that is a folder', (dir: string) => ['--out', (mkdirSync(join(dir, 'f.pdf')), join(dir, 'f.pdf'))], /is not a regular file/],
  ])('exits 2 on %s, with nothing on stdout and no file written', async (_, args, message) => {
    const dir = tempDir();
    const before = readdirSync(dir);
    const run = await runCli('figures', args(dir));
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toMatch(message);
    // Nothing new but what the case made itself (the answers file, the folder in the way).
    expect(readdirSync(dir).filter((f) => !before.includes(f) && f !== 'a.json' && !(f === 'f.pdf' && /folder/.test(_)))).toEqual([]);
  });

  it('runs as a real process, as `npm run -s figures` does', () => {
    const out = join(tempDir(), 'figures.pdf');
    const run = spawnCli('figures', ['--out', out]);
    expect([run.code, run.stdout]).toEqual([0, '']);
    expect(existsSync(out)).toBe(true);
  });
});
