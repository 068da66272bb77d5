import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goodWeek, logOf } from '../../tests/support/log-builder';
import { runCli, tempDir, writeTemp } from '../../tests/support/run-cli';

const LOG = logOf([goodWeek(), goodWeek(5), { ...goodWeek(3), flare: 2 }], '2026-11-02', [{ name: 'Blue trainers', startKm: 420, from: '2026-11-02' }]);

describe('report command', () => {
  it('writes a one-page PDF a physiotherapist can read: answers, screen, causes, each week, the pain, the shoe', async () => {
    const dir = tempDir();
    const out = join(dir, 'report.pdf');
    const answers = writeTemp(dir, 'a.json', { plankSeconds: 20, age: 41 });
    const { code, stdout, stderr } = await runCli('report', [answers, '--log', writeTemp(dir, 'log.json', LOG), '--today', '2026-11-25', '--out', out]);
    expect([code, stdout]).toEqual([0, '']);
    expect(stderr).toMatch(/wrote .*report\.pdf \(1 page/);
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Pages:\s+1/);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/progress report for a physiotherapist/);
    expect(text).toMatch(/week 4, step 1 of 8/);
    expect(text).toMatch(/Stepped back: you logged a flare/);
    expect(text).toMatch(/All clear: no warning signs ticked/);
    expect(text).toMatch(/Weak core: You hold a plank for 20 s/);
    // One row a finished week: step, sessions, worst pain, decision.
    expect(text).toMatch(/1\s+1\s+7 of 8\s+2\/10\s+2\/10\s+20 km\s+advance/);
    expect(text).toMatch(/2\s+2\s+7 of 8\s+5\/10\s+5\/10\s+20 km\s+hold/);
    expect(text).toMatch(/3\s+2\s+7 of \d+\s+3\/10\s+3\/10\s+20 km\s+drop/);
    expect(text).toMatch(/Blue trainers, about 480 km/);
    expect(text).toMatch(/Back pain by day/);
    expect(text).toMatch(/not medical advice/);
    expect(execFileSync('qpdf', ['--check', out], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
  });

  it.each([
    ['no --log', (dir: string) => ['--out', join(dir, 'r.pdf')], 2, /--log FILE.json is required/],
    ['no --out', (dir: string) => ['--log', writeTemp(dir, 'l.json', LOG)], 2, /--out FILE.pdf is required/],
    ['an unknown paper', (dir: string) => ['--log', writeTemp(dir, 'l.json', LOG), '--out', join(dir, 'r.pdf'), '--paper', 'a5'], 2, /--paper must be one of/],
    ['a red flag', (dir: string) => [writeTemp(dir, 'a.json', { redFlags: ['chest-pain'] }), '--log', writeTemp(dir, 'l.json', LOG), '--out', join(dir, 'r.pdf'), '--today', '2026-11-25'], 3, /need medical care first \(emergency\)[\s\S]*now/],
  ])('exits %s → %i and writes nothing', async (_, args, exit, message) => {
    const dir = tempDir();
    const before = readdirSync(dir);
    const run = await runCli('report', args(dir));
    expect([run.code, run.stdout]).toEqual([exit, '']);
    expect(run.stderr).toMatch(message);
    expect(existsSync(join(dir, 'r.pdf'))).toBe(false);
    expect(readdirSync(dir).filter((f) => !before.includes(f) && f.endsWith('.pdf'))).toEqual([]);
  });
});
