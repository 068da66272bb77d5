import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../data/exercises';
import { goodWeek, logOf } from '../../tests/support/log-builder';
import { runCli, tempDir, writeTemp } from '../../tests/support/run-cli';

const NOW = new Date(Date.UTC(2026, 10, 25, 8, 0, 0));

/** A folder with answers.json (worn shoes), stop.json (a red flag) and log.json (two good weeks, 20 km each, on shoes with 880 km). */
function folder() {
  const dir = tempDir();
  writeTemp(dir, 'answers.json', { shoeKm: 900 });
  writeTemp(dir, 'stop.json', { redFlags: ['saddle-numbness'] });
  writeTemp(dir, 'log.json', logOf([goodWeek(), goodWeek()], '2026-11-02', [{ name: 'Blue', startKm: 880, from: '2026-11-02' }]));
  return dir;
}

const files = (dir: string) => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const pdf = async (file: string) => PDFDocument.load(readFileSync(file), { updateMetadata: false });

describe('report: what it writes and says', () => {
  it('needs no answers file; writes one page on the paper asked for, dated by the clock', async () => {
    const dir = folder();
    const run = await runCli('report', ['--log', 'log.json', '--out', 'r.pdf', '--paper', 'letter'], { cwd: dir, now: NOW });
    const size = statSync(join(dir, 'r.pdf')).size;
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', `report: no answers file given, using the default answers\nreport: wrote r.pdf (1 page, ${size} bytes)\n`]);
    const doc = await pdf(join(dir, 'r.pdf'));
    expect([doc.getPageCount(), doc.getPage(0).getSize(), doc.getCreationDate()]).toEqual([1, { width: 612, height: 792 }, NOW]);
  });

  it('words the plan in km', async () => {
    const dir = folder();
    expect((await runCli('report', ['answers.json', '--log', 'log.json', '--out', 'r.pdf', '--today', '2026-11-18'], { cwd: dir, now: NOW })).code).toBe(0);
    const text = execFileSync('pdftotext', [join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Your shoes have about 920 km on them: most pairs are worn out by about 800 km');
  });

  it.each([
    ['the answers file', ['answers.json', '--log', 'log.json', '--out', 'answers.json'], 'is the answers file; give another path so your answers are kept'],
    ['the log', ['answers.json', '--log', 'log.json', '--out', 'log.json'], 'is the log; give another path so your log is kept'],
  ])('refuses to write over %s (exit 2), which stays as it was', async (_, args, refusal) => {
    const dir = folder();
    const before = files(dir);
    const run = await runCli('report', args, { cwd: dir, now: NOW });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `report: --out ${args.at(-1)} ${refusal}\n`]);
    expect(files(dir)).toEqual(before);
  });

  it.each([
    ['no --out before no --log', ['answers.json', '--paper', 'a5'], 'report: --out FILE.pdf is required\n'],
    ['an empty --out', ['answers.json', '--out', '', '--log', 'log.json'], 'report: --out FILE.pdf is required\n'],
    ['no --log', ['answers.json', '--out', 'r.pdf', '--paper', 'a5'], 'report: --log FILE.json is required: the report is about what the log holds\n'],
    ['an unknown paper', ['answers.json', '--out', 'r.pdf', '--log', 'log.json', '--paper', 'A4'], 'report: --paper must be one of: a4, letter; got "A4"\n'],
    ['--today before the log', ['answers.json', '--out', 'r.pdf', '--log', 'log.json', '--today', '2026-11-01'], "report: --today (2026-11-01) is before the log's start (2026-11-02)\n"],
  ])('refuses %s (exit 2) and writes nothing', async (_, args, stderr) => {
    const dir = folder();
    const before = files(dir);
    expect(await runCli('report', args, { cwd: dir, now: NOW })).toEqual({ code: 2, stdout: '', stderr });
    expect(files(dir)).toEqual(before);
  });

  it('stops on a red flag (exit 3) with the directions, writing nothing', async () => {
    const dir = folder();
    const before = files(dir);
    const run = await runCli('report', ['stop.json', '--log', 'log.json', '--out', 'r.pdf'], { cwd: dir, now: NOW });
    expect([run.code, run.stdout]).toEqual([3, '']);
    expect(run.stderr.split('\n')).toEqual([
      'report: no report: these answers need medical care first (emergency).',
      '  Get help now: go to an emergency department (A&E) or call your emergency number (999 in the UK, 112 across Europe, 911 in the US). Do not wait to see if it passes, and do not run or exercise until you have been seen.',
      '  You told us about numbness or tingling between your legs (genitals, back passage, buttocks or inner thighs).',
      '',
    ]);
    expect(files(dir)).toEqual(before);
  });

  it('exits 1 when the folder of --out is missing, naming --out as typed', async () => {
    const dir = folder();
    const run = await runCli('report', ['answers.json', '--log', 'log.json', '--out', 'gone/r.pdf'], { cwd: dir, now: NOW });
    expect([run.code, run.stdout, run.stderr]).toEqual([1, '', 'report: cannot write gone/r.pdf: no such file or folder\n']);
  });
});

describe('figures: what it writes and says', () => {
  it('writes --out from where it was started, dated by the clock, and says how many pages and exercises', async () => {
    const dir = tempDir();
    const run = await runCli('figures', ['--out', 'f.pdf'], { cwd: dir, now: NOW });
    const doc = await pdf(join(dir, 'f.pdf'));
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', `figures: wrote f.pdf (${doc.getPageCount()} pages, ${EXERCISES.length} exercises)\n`]);
    expect([doc.getPageCount() > 1, doc.getCreationDate()]).toEqual([true, NOW]);
  });

  it.each([
    ['an answers file', ['a.json', '--out', 'f.pdf'], 'figures: takes no answers file; got "a.json"\n'],
    ['no --out', ['--paper', 'letter'], 'figures: --out FILE.pdf is required\n'],
    ['an empty --out', ['--out', ''], 'figures: --out FILE.pdf is required\n'],
    ['an unknown paper', ['--out', 'f.pdf', '--paper', 'Letter'], 'figures: --paper must be one of: a4, letter; got "Letter"\n'],
    ['an --out that is a folder', ['--out', 'sub'], 'figures: --out sub is not a regular file; give a file path\n'],
  ])('refuses %s (exit 2) and writes nothing', async (_, args, stderr) => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    expect(await runCli('figures', args, { cwd: dir, now: NOW })).toEqual({ code: 2, stdout: '', stderr });
    expect(readdirSync(dir)).toEqual(['sub']);
  });

  it('exits 1 when the folder of --out is missing, naming --out as typed', async () => {
    const dir = tempDir();
    expect(await runCli('figures', ['--out', 'gone/f.pdf'], { cwd: dir, now: NOW })).toEqual({ code: 1, stdout: '', stderr: 'figures: cannot write gone/f.pdf: no such file or folder\n' });
  });
});
