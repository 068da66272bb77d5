import { describe, expect, it } from 'vitest';
import { refusal } from '../../tests/support/cli-refusal';
import { runCli, tempDir } from '../../tests/support/run-cli';
import { parseFlags } from './parse-flags';
import { parseWeek } from './parse-week';

const OPTIONS = { week: { type: 'string' }, out: { type: 'string' } } as const;
const USAGE = 'npm run -s plan -- [answers.json] [--week N]';

describe('parseFlags', () => {
  it('gives the flags and the one answers file', () => {
    expect(parseFlags(['a.json', '--week', '3'], OPTIONS, 'plan', USAGE)).toEqual({ values: { week: '3' }, file: 'a.json' });
    expect(parseFlags(['--out=x.pdf'], OPTIONS, 'plan', USAGE)).toEqual({ values: { out: 'x.pdf' }, file: undefined });
  });

  it('reads a file named like a flag after --', () => {
    expect(parseFlags(['--week', '2', '--', '--week.json'], OPTIONS, 'plan', USAGE)).toEqual({ values: { week: '2' }, file: '--week.json' });
  });

  it('refuses a second answers file (exit 2), with the usage', () => {
    expect(refusal(() => parseFlags(['a.json', 'b.json'], OPTIONS, 'plan', USAGE))).toEqual([2, ['plan: expected at most one answers file, got 2', `usage: ${USAGE}`]]);
  });

  it('refuses a flag given twice, even once as --flag=value (exit 2)', () => {
    expect(refusal(() => parseFlags(['--week', '1', '--week=2'], OPTIONS, 'sheet', USAGE))).toEqual([2, ['sheet: --week is given more than once', `usage: ${USAGE}`]]);
  });

  it('refuses an unknown flag and a flag without its value (exit 2), with the usage', () => {
    const [code, lines] = refusal(() => parseFlags(['--weeks', '2'], OPTIONS, 'plan', USAGE));
    expect([code, lines[0]!.startsWith("plan: Unknown option '--weeks'"), lines[1]]).toEqual([2, true, `usage: ${USAGE}`]);
    const [, missing] = refusal(() => parseFlags(['--week'], OPTIONS, 'plan', USAGE));
    expect(missing[0]).toMatch(/^plan: Option '--week <value>' argument missing$/);
  });
});

describe('parseWeek', () => {
  it.each([
    [undefined, 1],
    ['1', 1],
    ['8', 8],
    ['03', 3],
  ])('reads %j as week %i', (value, week) => {
    expect(parseWeek(value, 'plan')).toBe(week);
  });

  it.each(['0', '9', '10', '-1', '+3', '1.5', '3.0', ' 3', '3 ', '0x3', '1e0', 'three', ''])('refuses --week "%s" (exit 2), saying what it allows', (value) => {
    expect(refusal(() => parseWeek(value, 'sheet'))).toEqual([2, [`sheet: --week must be a whole number from 1 to 8, got "${value}"`]]);
  });

  it('names the flag it was given', () => {
    expect(refusal(() => parseWeek('9', 'plan', '--from'))[1]).toEqual(['plan: --from must be a whole number from 1 to 8, got "9"']);
  });
});

describe('each command prints its own usage under a flag problem', () => {
  it.each([
    ['plan', 'npm run -s plan -- [answers.json] [--week N | --log log.json [--today YYYY-MM-DD]]'],
    ['sheet', 'npm run -s sheet -- [answers.json] --out week.pdf [--week N | --weeks A-B | --log log.json [--today YYYY-MM-DD]] [--paper a4|letter] [--start YYYY-MM-DD]'],
    ['report', 'npm run -s report -- [answers.json] --log log.json --out report.pdf [--today YYYY-MM-DD] [--paper a4|letter]'],
    ['figures', 'npm run -s figures -- --out figures.pdf [--paper a4|letter]'],
  ] as const)('%s', async (command, usage) => {
    const dir = tempDir();
    const run = await runCli(command, ['--nope', 'x'], { cwd: dir });
    expect([run.code, run.stdout]).toEqual([2, '']);
    const lines = run.stderr.split('\n');
    expect([lines[0]!.startsWith(`${command}: Unknown option '--nope'`), lines.slice(1)]).toEqual([true, [`usage: ${usage}`, '']]);
  });
});
