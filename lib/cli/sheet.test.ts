import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeTemp } from '../../tests/support/run-cli';

const pdftotext = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe('sheet command', () => {
  it('writes a one-page A4 sheet for the default answers, readable by poppler', async () => {
    const dir = tempDir();
    const out = join(dir, 'week.pdf');
    const { code, stdout, stderr } = await runCli('sheet', ['--out', out, '--start', '2026-11-26']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/default answers/);
    const doc = await PDFDocument.load(readFileSync(out));
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getPage(0).getSize()).toEqual({ width: 841.89, height: 595.28 });
    const text = pdftotext(out);
    expect(text).toMatch(/Week 1 of 8/);
    expect(text).toMatch(/23 Nov - 29 Nov 2026/);
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) expect(text).toContain(day);
    expect(text).toMatch(/Glute bridge/);
    expect(text).toMatch(/not medical advice/);
    // The mid-session stop rule prints on every sheet, beside the disclaimer.
    expect(text.replace(/\s+/g, ' ')).toMatch(/walk home from a run, if your back pain goes above 5\/10/);
    expect(readdirSync(dir)).toEqual(['week.pdf']);
    // qpdf: an independent structural check of the file.
    expect(execFileSync('qpdf', ['--check', out], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
  });

  it('writes a page per week on US Letter for --weeks, each starting on its Monday', async () => {
    const dir = tempDir();
    const out = join(dir, 'all.pdf');
    const answers = writeTemp(dir, 'a.json', { weeklyKm: 30 });
    expect((await runCli('sheet', [answers, '--out', out, '--weeks', '2-4', '--paper', 'letter', '--start', '2026-12-02'])).code).toBe(0);
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+3/);
    expect(info).toMatch(/792 x 612 pts \(letter\)/);
    const text = pdftotext(out);
    expect(text).toMatch(/Week 2 of 8[\s\S]*7 Dec - 13 Dec 2026/);
    expect(text).toMatch(/Week 4 of 8[\s\S]*21 Dec - 27 Dec 2026/);
  });

  it.each([
    ['--week with --weeks', ['--week', '2', '--weeks', '1-3'], /not both/],
    ['a week outside 1-8', ['--week', '0'], /--week must be a whole number from 1 to 8/],
    ['a reversed range', ['--weeks', '5-2'], /--weeks must be a range/],
    ['an unknown paper', ['--paper', 'a3'], /--paper must be one of: a4, letter/],
    ['an impossible date', ['--start', '2026-02-30'], /--start must be a real date/],
  ])('exits 2 on %s and writes nothing', async (_, flags, message) => {
    const dir = tempDir();
    const { code, stderr } = await runCli('sheet', ['--out', join(dir, 'x.pdf'), ...flags]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exits 2 without --out and on invalid answers', async () => {
    expect((await runCli('sheet', [])).stderr).toMatch(/--out FILE.pdf is required/);
    const dir = tempDir();
    const bad = await runCli('sheet', [writeTemp(dir, 'a.json', { runDays: ['funday'] }), '--out', join(dir, 'x.pdf')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/runDays: expected a list/);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  it('exits 3 on a red flag, with directions and no file', async () => {
    const dir = tempDir();
    const { code, stderr } = await runCli('sheet', [writeTemp(dir, 'a.json', { redFlags: ['saddle-numbness'] }), '--out', join(dir, 'x.pdf')]);
    expect(code).toBe(3);
    expect(stderr).toMatch(/emergency[\s\S]*now/);
    expect(stderr).not.toMatch(/today/);
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('exits 1 when --out cannot be written, leaving nothing behind', async () => {
    const dir = tempDir();
    const { code, stderr } = await runCli('sheet', ['--out', join(dir, 'missing', 'x.pdf')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot write/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
