import { describe, expect, it } from 'vitest';
import { goodWeek, logOf } from '../../tests/support/log-builder';
import { runCli, tempDir, writeTemp } from '../../tests/support/run-cli';

// The plan's sentences are made at the edge, in km as the answers contract is.
const SHOES = { shoeKm: 900, weeklyKm: 30 };
const LOG = logOf([goodWeek(), goodWeek()], '2026-11-02', [{ name: 'Blue', startKm: 880, from: '2026-11-02' }]);

describe('plan: what it prints', () => {
  it('prints the plan as indented JSON ending in a newline, its sentences in km', async () => {
    const dir = tempDir();
    writeTemp(dir, 'a.json', SHOES);
    const run = await runCli('plan', ['a.json', '--week', '1'], { cwd: dir });
    expect([run.code, run.stderr, run.stdout.slice(0, 4), run.stdout.slice(-2)]).toEqual([0, '', '{\n  ', '}\n']);
    expect(run.stdout).toContain('"Your shoes have about 900 km on them: most pairs are worn out by about 800 km."');
    expect(run.stdout).toContain('"text": "Up to 31.5 km this week. The cap grows 5 % a week while pain stays at 3/10 or below."');
    expect(JSON.parse(run.stdout).progress).toBeUndefined();
  });

  it('with a log, prints the log\'s week and its progress, in km too', async () => {
    const dir = tempDir();
    writeTemp(dir, 'a.json', SHOES);
    writeTemp(dir, 'log.json', LOG);
    const run = await runCli('plan', ['a.json', '--log', 'log.json', '--today', '2026-11-18'], { cwd: dir });
    expect([run.code, run.stderr, run.stdout.slice(-2)]).toEqual([0, '', '}\n']);
    expect(run.stdout).toContain('"Your shoes have about 920 km on them: most pairs are worn out by about 800 km."');
    const plan = JSON.parse(run.stdout);
    expect([plan.week.number, plan.progress.calendarWeek, plan.progress.step, plan.progress.reasons]).toEqual([3, 3, 3, ['moved up a step: a short week (20 km), so the cap stays']]);
  });

  it('refuses a second answers file (exit 2) with nothing on stdout', async () => {
    const dir = tempDir();
    writeTemp(dir, 'a.json', {});
    const run = await runCli('plan', ['a.json', 'a.json'], { cwd: dir });
    expect([run.code, run.stdout, run.stderr.split('\n')[0]]).toEqual([2, '', 'plan: expected at most one answers file, got 2']);
  });
});
