import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goodWeek, logOf } from '../../tests/support/log-builder';
import { runCli, tempDir, writeTemp } from '../../tests/support/run-cli';
import { PlanSchema } from '../schemas/plan';

const dir = tempDir();
const LOG = logOf([goodWeek(), goodWeek()]);

describe('plan and sheet with --log', () => {
  it('plan prints the current week as the log decides it, with progress', async () => {
    const log = writeTemp(dir, 'log.json', LOG);
    const { code, stdout, stderr } = await runCli('plan', [writeTemp(dir, 'a.json', {}), '--log', log, '--today', '2026-11-18']);
    expect([code, stderr]).toEqual([0, '']);
    const plan = PlanSchema.parse(JSON.parse(stdout));
    const { weeks, ...now } = plan.progress!;
    expect(now).toEqual({ calendarWeek: 3, step: 3, decision: 'advance', reasons: ['moved up a step: sessions done, pain low, mornings steady'], notImproving: false, weeklyPain: [2, 2], maintenance: false, ended: false, flare: false, shoeKm: 300, askDistance: false });
    expect(weeks?.map((w) => [w.calendarWeek, w.step, w.done, w.planned, w.loggedKm, w.decision])).toEqual([
      [1, 1, 7, 8, 20, 'advance'],
      [2, 2, 7, 8, 20, 'advance'],
    ]);
    expect(plan.week?.runCapKm).toBe(21);
  });

  it('reads today from the clock when --today is left out', async () => {
    const log = writeTemp(dir, 'log2.json', LOG);
    const { code, stdout } = await runCli('plan', ['--log', log], { now: new Date(2026, 10, 10, 9) });
    expect(code).toBe(0);
    expect(PlanSchema.parse(JSON.parse(stdout)).progress?.calendarWeek).toBe(2);
  });

  it.each([
    ['a bad log', { ...LOG, version: 2, sessions: [{ date: '2026-11-03', kind: 'swim', done: true }] }, [], /is not a valid log:[\s\S]*version: expected the number 1[\s\S]*sessions\[0\]\.kind: expected one of: run, strength, cross-training, got "swim"/],
    ['a session done without its pain', { ...LOG, sessions: [{ date: '2026-11-03', kind: 'run', done: true, km: 5 }] }, [], /sessions\[0\]\.pain: expected a whole number from 0 to 10 \(required when done is true\)/],
    ['a start that is not a Monday', { ...LOG, start: '2026-11-03' }, [], /start: expected the programme's first Monday/],
    ['--today before the start', LOG, ['--today', '2026-10-01'], /--today \(2026-10-01\) is before the log's start/],
    ['an impossible --today', LOG, ['--today', '2026-02-30'], /--today must be a real date/],
    ['--week with --log', LOG, ['--week', '2'], /use --week N or --log, not both/],
  ])('plan exits 2 on %s, naming it, with nothing on stdout', async (_, log, flags, message) => {
    const { code, stdout, stderr } = await runCli('plan', ['--log', writeTemp(dir, 'bad.json', log), ...flags]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
  });

  it('plan exits 2 on --today without --log', async () => {
    const { code, stderr } = await runCli('plan', ['--today', '2026-11-18']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--today needs --log/);
  });

  it('sheet prints the log\'s current week, with its step, decision and dates', async () => {
    const out = join(dir, 'log-week.pdf');
    const { code } = await runCli('sheet', [writeTemp(dir, 'a2.json', {}), '--log', writeTemp(dir, 'log3.json', LOG), '--today', '2026-11-18', '--out', out]);
    expect(code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Week 3: step 3 of 8/);
    expect(text).toMatch(/16 Nov - 22 Nov 2026/);
    expect(text).toMatch(/moved up a step: sessions done, pain low, mornings steady/);
    expect(text).toMatch(/Back pain: ___ \/10/);
  });

  it('sheet refuses to write over the log (exit 2)', async () => {
    const log = writeTemp(dir, 'keep.json', LOG);
    const before = readFileSync(log, 'utf8');
    const { code, stderr } = await runCli('sheet', ['--log', log, '--out', log]);
    expect(code).toBe(2);
    expect(stderr.split('\n').at(-2)).toBe(`sheet: --out ${log} is the log; give another path so your log is kept`);
    expect(readFileSync(log, 'utf8')).toBe(before);
  });

  it('sheet exits 2 on --weeks with --log', async () => {
    const { code, stderr } = await runCli('sheet', ['--log', writeTemp(dir, 'log4.json', LOG), '--weeks', '1-2', '--out', join(dir, 'x.pdf')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/with --log, the log decides the week/);
  });
});
