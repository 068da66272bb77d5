import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goodWeek, logOf } from '../../tests/support/log-builder';
import { runCli, tempDir, writeTemp } from '../../tests/support/run-cli';

// Reading the answers file and the log: every refusal is exit 2, one message naming the file as the
// runner typed it and what is wrong with it, and nothing on stdout.
const LOG = logOf([goodWeek(), goodWeek()]);

async function plan(args: string[], cwd = tempDir(), now?: Date) {
  const run = await runCli('plan', args, { cwd, now });
  return { ...run, json: run.code === 0 ? JSON.parse(run.stdout) : null };
}

describe('the answers file', () => {
  it('is optional: the default answers, and one line saying so', async () => {
    const run = await plan([]);
    expect([run.code, run.stderr]).toEqual([0, 'plan: no answers file given, using the default answers\n']);
  });

  it('is read from where the command was started, and named as typed', async () => {
    const dir = tempDir();
    writeTemp(dir, 'mine.json', { weeklyKm: 40 });
    const run = await plan(['mine.json', '--week', '2'], dir);
    expect([run.code, run.stderr, run.json.week.number, run.json.week.runCapKm]).toEqual([0, '', 2, 44.1]);
    expect(await plan(['missing.json'], dir)).toMatchObject({ code: 2, stdout: '', stderr: 'plan: cannot read answers file missing.json: no such file or folder\n' });
  });

  it('names every invalid field with what it allows', async () => {
    const dir = tempDir();
    writeTemp(dir, 'bad.json', { painLevel: 11, painlevel: 3 });
    expect(await plan(['bad.json'], dir)).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'plan: bad.json has invalid answers:\n  painLevel: expected a whole number from 0 to 10, got 11\n  painlevel: unknown field; did you mean painLevel?\n',
    });
  });

  it('says a folder is a folder', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'answers.json'));
    expect(await plan(['answers.json'], dir)).toMatchObject({ code: 2, stderr: 'plan: cannot read answers file answers.json: it is a folder\n' });
  });

  it('says where the JSON breaks', async () => {
    const dir = tempDir();
    writeTemp(dir, 'broken.json', '{ nope');
    const run = await plan(['broken.json'], dir);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toMatch(/^plan: broken\.json is not valid JSON: .*position 2.*\n$/);
  });

  it('may start with a byte-order mark, and only there', async () => {
    const dir = tempDir();
    writeTemp(dir, 'bom.json', '\uFEFF{ "weeklyKm": 30 }');
    expect((await plan(['bom.json'], dir)).json.week.runCapKm).toBe(31.5);
    writeTemp(dir, 'late.json', '{ "weeklyKm": 30 }\uFEFF');
    expect(await plan(['late.json'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^plan: late\.json is not valid JSON: /) });
  });
});

describe('the log and --today', () => {
  it('names a log that cannot be read, and every bad field of one that can', async () => {
    const dir = tempDir();
    expect(await plan(['--log', 'log.json'], dir)).toMatchObject({ code: 2, stderr: 'plan: no answers file given, using the default answers\nplan: cannot read log log.json: no such file or folder\n' });
    writeTemp(dir, 'log.json', { ...LOG, version: 2, flares: ['soon'] });
    const run = await plan(['--log', 'log.json'], dir);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr.split('\n').slice(1)).toEqual(['plan: log.json is not a valid log:', '  version: expected the number 1, got 2', expect.stringMatching(/^ {2}flares\[0\]: /), '']);
  });

  it('reads --today from its first day on', async () => {
    const dir = tempDir();
    writeTemp(dir, 'log.json', logOf([]));
    const run = await plan(['--log', 'log.json', '--today', '2026-11-02'], dir);
    expect([run.code, run.json.progress.calendarWeek]).toEqual([0, 1]);
    expect(await plan(['--log', 'log.json', '--today', '2026-11-01'], dir)).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining("plan: --today (2026-11-01) is before the log's start (2026-11-02)\n") });
  });

  it('takes today from the clock, as the local calendar day', async () => {
    const dir = tempDir();
    writeTemp(dir, 'log.json', LOG);
    expect((await plan(['--log', 'log.json'], dir, new Date(2026, 10, 16, 0, 5))).json.progress.calendarWeek).toBe(3);
    expect((await plan(['--log', 'log.json'], dir, new Date(2026, 10, 15, 23, 55))).json.progress.calendarWeek).toBe(2);
    expect(await plan(['--log', 'log.json'], dir, new Date(2026, 10, 1, 12))).toMatchObject({ code: 2, stderr: expect.stringContaining("plan: --today (2026-11-01) is before the log's start (2026-11-02)\n") });
  });

  it.each([
    ['--today without --log', ['--today', '2026-11-18'], 'plan: --today needs --log: it picks the day the log is read up to\n'],
    ['an impossible --today', ['--log', 'log.json', '--today', '2026-02-30'], 'plan: --today must be a real date as YYYY-MM-DD; got "2026-02-30"\n'],
    ['a --today in another format', ['--log', 'log.json', '--today', '18.11.2026'], 'plan: --today must be a real date as YYYY-MM-DD; got "18.11.2026"\n'],
    ['--week with --log', ['--log', 'log.json', '--week', '2'], 'plan: use --week N or --log, not both: with a log, the log decides the week\n'],
  ])('refuses %s (exit 2) with one line', async (_, flags, line) => {
    const dir = tempDir();
    writeTemp(dir, 'log.json', LOG);
    writeTemp(dir, 'answers.json', {});
    expect(await plan(['answers.json', ...flags], dir)).toMatchObject({ code: 2, stdout: '', stderr: line });
  });
});
