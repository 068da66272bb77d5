import { describe, expect, it } from 'vitest';
import type { ReportText } from '../words/report-words';
import { layoutReport } from './layout-report';
import type { LayoutItem, LineItem, RectItem, TextItem } from './sheet-layout';
import { COLOR } from './tokens';

// Half the font size a character: simple widths, so positions can be worked out by hand.
const measure = { width: (t: string, size: number) => t.length * size * 0.5, canEncode: () => true };

const REPORT: ReportText = {
  title: 'Report',
  period: 'Programme from 2026-11-02',
  sections: [{ heading: 'Answers in short', lines: ['First line.', 'Second line.'] }],
  weekHeadings: ['Week', 'Run'],
  weeks: [{ cells: ['1', '5 km'] }],
  chart: { days: 20, mornings: [{ day: 0, pain: 2 }, { day: 10, pain: 6 }, { day: 20, pain: 4 }], sessions: [{ day: 5, pain: 8 }] },
};

const items = (r: ReportText = REPORT) => layoutReport(r, 'a4', measure).pages[0]!.items;
const texts = (all: LayoutItem[]) => all.filter((i): i is TextItem => i.kind === 'text');
const point = (p: readonly [number, number]) => p.map((v) => Math.round(v * 100) / 100);

describe('layoutReport', () => {
  it('makes one portrait page, titled for the clinician', () => {
    const layout = layoutReport(REPORT, 'a4', measure);
    expect([layout.title, layout.subject]).toEqual(['Report', 'How a runner\'s back pain and training went, week by week, for a clinician.']);
    expect(layout.pages.map((p) => [p.width, p.height])).toEqual([[595.28, 841.89]]);
    const [title, period, heading, ...rest] = texts(items());
    expect([title!.text, title!.x, title!.size, title!.bold]).toEqual(['Report', 28, 16, true]);
    expect([period!.text, period!.size, period!.color]).toEqual(['Programme from 2026-11-02', 11, COLOR.muted]);
    expect([heading!.text, heading!.size, heading!.bold, heading!.color]).toEqual(['Answers in short', 10, true, COLOR.accent]);
    expect(rest.slice(0, 2).map((t) => [t.text, t.size, t.bold])).toEqual([['First line.', 9, false], ['Second line.', 9, false]]);
  });

  it('lays out the weeks as a table: a column each, bold headings, a rule under them', () => {
    const all = items();
    const table = texts(all).filter((t) => ['Week', 'Run', '1', '5 km'].includes(t.text));
    expect(table.map((t) => [t.text, t.x, t.bold, t.box.w])).toEqual([['Week', 28, true, 267.64], ['Run', 297.64, true, 267.64], ['1', 28, false, 267.64], ['5 km', 297.64, false, 267.64]]);
    expect(table[2]!.y - table[0]!.y).toBeCloseTo(12.8);
    const rule = all.find((i): i is LineItem => i.kind === 'line' && i.color === COLOR.rule && i.from[0] === 28)!;
    expect([rule.to[0], rule.width]).toEqual([567.28, 0.4]);
    expect(rule.from[1]).toBeGreaterThan(table[0]!.y);
    expect(rule.from[1]).toBeLessThan(table[2]!.y);
  });

  it('leaves the table out before a week has ended', () => {
    expect(texts(items({ ...REPORT, weeks: [] })).map((t) => t.text)).not.toContain('Week by week');
    expect(texts(items()).map((t) => t.text)).toContain('Week by week');
  });

  it('charts pain by day: a frame beside the axis, a line at 5, the mornings joined in order, a square for a session', () => {
    const all = items();
    const frame = all.find((i): i is RectItem => i.kind === 'rect' && i.stroke !== undefined)!;
    expect([frame.box.x, frame.box.w, frame.box.h, frame.stroke, frame.lineWidth]).toEqual([46, 521.28, 110, COLOR.rule, 0.6]);
    const top = frame.box.y;
    const lines = all.filter((i): i is LineItem => i.kind === 'line' && i.from[0] >= 46);
    expect(lines.map((l) => [point(l.from), point(l.to), l.color, l.width])).toEqual([
      [point([46, top + 55]), point([567.28, top + 55]), COLOR.rule, 0.4],
      // Day 0 at pain 2, day 10 at pain 6, day 20 at pain 4: 0 at the bottom of the frame, 10 at its top.
      [point([46, top + 88]), point([306.64, top + 44]), COLOR.accent, 1.4],
      [point([306.64, top + 44]), point([567.28, top + 66]), COLOR.accent, 1.4],
    ]);
    const square = all.find((i): i is RectItem => i.kind === 'rect' && i.fill !== undefined)!;
    // Day 5 of 20 at pain 8, centred on its point.
    expect([square.box.x, square.box.y - top, square.box.w, square.box.h, square.fill].map((v) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v))).toEqual([174.57, 20.25, 3.5, 3.5, COLOR.ink]);
    const axis = texts(all).filter((t) => ['0', '5', '10'].includes(t.text));
    // Right-aligned in the 15 points left of the frame.
    expect(axis.map((t) => [t.text, t.x, t.size])).toEqual([['0', 39, 8], ['5', 39, 8], ['10', 35, 8]]);
    expect(axis.map((t) => t.y - top)).toEqual([expect.closeTo(112.8), expect.closeTo(57.8), expect.closeTo(2.8)]);
    const key = texts(all).find((t) => t.text.startsWith('Line: morning pain.'))!;
    expect([key.x, key.box.w]).toEqual([46, 521.28]);
    expect(key.y).toBeGreaterThan(top + 110);
  });
});
