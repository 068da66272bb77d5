import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { goodWeek, logOf } from '../../tests/support/log-builder';
import { runCli, tempDir, writeTemp } from '../../tests/support/run-cli';

// Weeks 1-3 logged; the flare in week 3 steps the runner back to step 1 in calendar week 4.
// Blue trainers: 880 km when the log started, then 20 km a week for three weeks.
const STEPPED_BACK = logOf([goodWeek(), goodWeek(5), { ...goodWeek(3), flare: 2 }], '2026-11-02', [{ name: 'Blue', startKm: 880, from: '2026-11-02' }]);
const STOP = { redFlags: ['saddle-numbness'] };
const EMERGENCY = [
  'sheet: no sheet: these answers need medical care first (emergency).',
  '  Get help now: go to an emergency department (A&E) or call your emergency number (999 in the UK, 112 across Europe, 911 in the US). Do not wait to see if it passes, and do not run or exercise until you have been seen.',
  '  You told us about numbness or tingling between your legs (genitals, back passage, buttocks or inner thighs).',
  '',
];

/** A folder with answers.json (worn shoes), stop.json (a red flag) and log.json (stepped back). */
function folder() {
  const dir = tempDir();
  writeTemp(dir, 'answers.json', { shoeKm: 900 });
  writeTemp(dir, 'stop.json', STOP);
  writeTemp(dir, 'log.json', STEPPED_BACK);
  return dir;
}

const files = (dir: string) => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const pdftotext = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const words = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('sheet: what it writes and says', () => {
  it('writes --out from where it was started, in km, and says how many pages and bytes', async () => {
    const dir = folder();
    const run = await runCli('sheet', ['answers.json', '--out', 'week.pdf'], { cwd: dir });
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', `sheet: wrote week.pdf (1 page, ${statSync(join(dir, 'week.pdf')).size} bytes)\n`]);
    expect(words(join(dir, 'week.pdf'))).toContain('Your shoes have about 900 km on them: most pairs are worn out by about 800 km');
  });

  it('dates the PDF by the clock it is given, like the report', async () => {
    const dir = folder();
    const now = new Date(Date.UTC(2026, 10, 26, 9, 30));
    const run = await runCli('sheet', ['answers.json', '--out', 'week.pdf', '--start', '2026-11-23'], { cwd: dir, now });
    expect(run.code).toBe(0);
    const doc = await PDFDocument.load(readFileSync(join(dir, 'week.pdf')), { updateMetadata: false });
    expect([doc.getCreationDate(), doc.getModificationDate()]).toEqual([now, now]);
  });

  it('says "pages" for more than one', async () => {
    const dir = folder();
    const run = await runCli('sheet', ['answers.json', '--out', 'two.pdf', '--weeks', '7-8'], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([0, `sheet: wrote two.pdf (2 pages, ${statSync(join(dir, 'two.pdf')).size} bytes)\n`]);
  });

  it('dates the log\'s current week from the log\'s start, even when the log stepped back', async () => {
    const dir = folder();
    const run = await runCli('sheet', ['answers.json', '--log', 'log.json', '--today', '2026-11-25', '--out', 'now.pdf'], { cwd: dir });
    expect(run.code).toBe(0);
    const text = pdftotext(join(dir, 'now.pdf'));
    expect(text).toMatch(/Week 4: step 1 of 8\s+Tick each box as you go\s+23 Nov - 29 Nov 2026/);
    expect(text).toMatch(/stepped back: you logged a flare/);
    expect(words(join(dir, 'now.pdf'))).toContain('Your shoes have about 940 km on them: most pairs are worn out by about 800 km');
  });

  it.each([
    ['--week', ['--week', '2']],
    ['--weeks', ['--weeks', '1-2']],
    ['--start', ['--start', '2026-11-02']],
  ])('refuses --log with %s (exit 2) and writes nothing', async (_, flags) => {
    const dir = folder();
    const before = files(dir);
    const run = await runCli('sheet', ['answers.json', '--log', 'log.json', ...flags, '--out', 'x.pdf'], { cwd: dir });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', 'sheet: with --log, the log decides the week and its dates: leave out --week, --weeks and --start\n']);
    expect(files(dir)).toEqual(before);
  });

  it('refuses a --today before the log\'s start (exit 2)', async () => {
    const dir = folder();
    const run = await runCli('sheet', ['answers.json', '--log', 'log.json', '--today', '2026-11-01', '--out', 'x.pdf'], { cwd: dir });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', "sheet: --today (2026-11-01) is before the log's start (2026-11-02)\n"]);
  });

  it.each([
    ['the answers file', ['answers.json', '--out', 'answers.json'], 'is the answers file; give another path so your answers are kept'],
    ['the log', ['answers.json', '--log', 'log.json', '--out', 'log.json'], 'is the log; give another path so your log is kept'],
  ])('refuses to write over %s (exit 2), which stays as it was', async (_, args, refusal) => {
    const dir = folder();
    const before = files(dir);
    const run = await runCli('sheet', args, { cwd: dir });
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(`sheet: --out ${args.at(-1)} ${refusal}\n`);
    expect(files(dir)).toEqual(before);
  });

  it('stops on a red flag (exit 3) with the directions, writing nothing', async () => {
    const dir = folder();
    const before = files(dir);
    const run = await runCli('sheet', ['stop.json', '--out', 'week.pdf'], { cwd: dir });
    expect([run.code, run.stdout, run.stderr.split('\n')]).toEqual([3, '', EMERGENCY]);
    expect(files(dir)).toEqual(before);
  });

  it('exits 1 when the folder of --out is missing, naming --out as typed', async () => {
    const dir = folder();
    const run = await runCli('sheet', ['answers.json', '--out', 'missing/week.pdf'], { cwd: dir });
    expect([run.code, run.stdout, run.stderr]).toEqual([1, '', 'sheet: cannot write missing/week.pdf: no such file or folder\n']);
    expect(readdirSync(dir).sort()).toEqual(['answers.json', 'log.json', 'stop.json']);
  });
});
