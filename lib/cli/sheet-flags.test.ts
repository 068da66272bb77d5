import { describe, expect, it } from 'vitest';
import { refusal } from '../../tests/support/cli-refusal';
import { parseSheetFlags } from './sheet-flags';

// 09:30 local time on Friday 27 November 2026; `--start` defaults to that calendar day.
const NOW = new Date(2026, 10, 27, 9, 30);
const DAY = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('parseSheetFlags', () => {
  it('defaults to week 1 on A4, starting today', () => {
    expect(parseSheetFlags({ out: 'week.pdf' }, NOW)).toEqual({ out: 'week.pdf', weeks: [1], paper: 'a4', start: DAY('2026-11-27') });
  });

  it('takes --week, --paper letter and --start as given', () => {
    expect(parseSheetFlags({ out: 'w.pdf', week: '8', paper: 'letter', start: '2027-01-04' }, NOW)).toEqual({ out: 'w.pdf', weeks: [8], paper: 'letter', start: DAY('2027-01-04') });
  });

  it.each([
    ['1-8', [1, 2, 3, 4, 5, 6, 7, 8]],
    ['1-2', [1, 2]],
    ['7-8', [7, 8]],
    ['3-3', [3]],
    ['02-04', [2, 3, 4]],
  ])('reads --weeks %s as the weeks %j', (range, weeks) => {
    expect(parseSheetFlags({ out: 'w.pdf', weeks: range }, NOW).weeks).toEqual(weeks);
  });

  it.each(['0-3', '1-9', '5-2', '0-0', '9-9', 'x1-3', '1-3x', '1-', '-3', '1--3', '1 - 3', '3', 'a-b', ''])('refuses --weeks "%s" (exit 2), saying what a range is', (range) => {
    expect(refusal(() => parseSheetFlags({ out: 'w.pdf', weeks: range }, NOW))).toEqual([2, [`sheet: --weeks must be a range A-B within 1-8, such as 1-8; got "${range}"`]]);
  });

  it.each([
    ['no --out', {}, 'sheet: --out FILE.pdf is required'],
    ['an empty --out', { out: '' }, 'sheet: --out FILE.pdf is required'],
    ['--week with --weeks', { out: 'w.pdf', week: '2', weeks: '1-3' }, 'sheet: use --week N or --weeks A-B, not both'],
    ['--week 9', { out: 'w.pdf', week: '9' }, 'sheet: --week must be a whole number from 1 to 8, got "9"'],
    ['paper a3', { out: 'w.pdf', paper: 'a3' }, 'sheet: --paper must be one of: a4, letter; got "a3"'],
    ['paper toString', { out: 'w.pdf', paper: 'toString' }, 'sheet: --paper must be one of: a4, letter; got "toString"'],
    ['an impossible --start', { out: 'w.pdf', start: '2026-02-30' }, 'sheet: --start must be a real date as YYYY-MM-DD; got "2026-02-30"'],
    ['a --start in another format', { out: 'w.pdf', start: '27/11/2026' }, 'sheet: --start must be a real date as YYYY-MM-DD; got "27/11/2026"'],
  ])('refuses %s (exit 2) with one line naming the flag and what it allows', (_, values, line) => {
    expect(refusal(() => parseSheetFlags(values, NOW))).toEqual([2, [line]]);
  });

  it('checks --out first, then --week with --weeks, then the paper, then the start', () => {
    expect(refusal(() => parseSheetFlags({ week: '2', weeks: '1-3', paper: 'a3', start: 'x' }, NOW))[1]).toEqual(['sheet: --out FILE.pdf is required']);
    expect(refusal(() => parseSheetFlags({ out: 'w.pdf', weeks: '0-1', paper: 'a3', start: 'x' }, NOW))[1][0]).toMatch(/^sheet: --weeks/);
    expect(refusal(() => parseSheetFlags({ out: 'w.pdf', paper: 'a3', start: 'x' }, NOW))[1][0]).toMatch(/^sheet: --paper/);
  });
});
