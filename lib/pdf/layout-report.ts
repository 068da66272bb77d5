import type { ReportText } from '../words/report-words';
import { DISCLAIMER, SAFETY_NOTE } from './layout-notes';
import { Pen } from './pen';
import type { SheetLayout, TextMeasure } from './sheet-layout';
import { COLOR, FONT_SIZE, LINE_HEIGHT, MARGIN, PAPER, REPORT, type Paper } from './tokens';

/** The chart of pain by day: mornings joined by a line, the day's worst session pain as a square. */
function layoutChart(pen: Pen, chart: ReportText['chart'], x: number, y: number, w: number): number {
  const h = REPORT.chartHeight;
  const left = x + REPORT.chartAxis;
  const plotW = w - REPORT.chartAxis;
  const at = (day: number, pain: number) => [left + (day / chart.days) * plotW, y + h - (pain / 10) * h] as const;
  pen.add({ kind: 'rect', box: { x: left, y, w: plotW, h }, stroke: COLOR.rule, lineWidth: REPORT.chartFrame });
  for (const pain of [0, 5, 10]) {
    const [, py] = at(0, pain);
    pen.write(String(pain), { x, y: py - FONT_SIZE.footer * 0.6, w: REPORT.chartAxis - 3 }, { size: FONT_SIZE.footer, color: COLOR.muted, align: 'right', maxLines: 1 });
    if (pain === 5) pen.add({ kind: 'line', from: [left, py], to: [left + plotW, py], color: COLOR.rule, width: REPORT.chartGrid });
  }
  chart.mornings.forEach((m, i) => {
    const next = chart.mornings[i + 1];
    if (next) pen.add({ kind: 'line', from: at(m.day, m.pain), to: at(next.day, next.pain), color: COLOR.accent, width: REPORT.chartLine });
  });
  for (const s of chart.sessions) {
    const [px, py] = at(s.day, s.pain);
    const r = REPORT.chartDot / 2;
    pen.add({ kind: 'rect', box: { x: px - r, y: py - r, w: r * 2, h: r * 2 }, fill: COLOR.ink });
  }
  const key = 'Line: morning pain. Squares: the worst pain in a session that day. 0 to 10, by day since the start; 5 marked.';
  return h + 2 + pen.write(key, { x: left, y: y + h + 2, w: plotW }, { size: FONT_SIZE.footer, color: COLOR.muted });
}

/** The weeks as a table: one row a week. */
function layoutWeeks(pen: Pen, r: ReportText, x: number, y: number, w: number): number {
  const colW = w / r.weekHeadings.length;
  const rowH = FONT_SIZE.cause * LINE_HEIGHT + REPORT.rowGap;
  const rows = [r.weekHeadings, ...r.weeks.map((row) => row.cells)];
  rows.forEach((cells, i) => {
    cells.forEach((cell, c) => pen.write(cell, { x: x + c * colW, y: y + i * rowH, w: colW - 2 }, { size: FONT_SIZE.cause, bold: i === 0, maxLines: 1 }));
    if (i === 0) pen.add({ kind: 'line', from: [x, y + rowH - 1], to: [x + w, y + rowH - 1], color: COLOR.rule, width: REPORT.chartGrid });
  });
  return rows.length * rowH;
}

/** One portrait page for a clinician: who, what was answered, the screen, the causes, the weeks, the pain. */
export function layoutReport(r: ReportText, paper: Paper, measure: TextMeasure): SheetLayout {
  // Portrait: the report reads as a letter, not a wall chart.
  const width = PAPER[paper].height;
  const height = PAPER[paper].width;
  const pen = new Pen(measure);
  const inner = width - MARGIN * 2;
  let y = MARGIN;
  y += pen.write(r.title, { x: MARGIN, y, w: inner }, { size: REPORT.titleSize, bold: true, maxLines: 2 });
  y += pen.write(r.period, { x: MARGIN, y, w: inner }, { size: FONT_SIZE.subtitle, color: COLOR.muted, maxLines: 2 }) + REPORT.sectionGap;
  for (const section of r.sections) {
    y += pen.write(section.heading, { x: MARGIN, y, w: inner }, { size: FONT_SIZE.heading, bold: true, color: COLOR.accent, maxLines: 1 });
    for (const line of section.lines) y += pen.write(line, { x: MARGIN, y, w: inner }, { size: FONT_SIZE.cause, maxLines: 4 });
    y += REPORT.sectionGap;
  }
  if (r.weeks.length > 0) {
    y += pen.write('Week by week', { x: MARGIN, y, w: inner }, { size: FONT_SIZE.heading, bold: true, color: COLOR.accent, maxLines: 1 });
    y += layoutWeeks(pen, r, MARGIN, y, inner) + REPORT.sectionGap;
  }
  y += pen.write('Back pain by day', { x: MARGIN, y, w: inner }, { size: FONT_SIZE.heading, bold: true, color: COLOR.accent, maxLines: 1 });
  y += layoutChart(pen, r.chart, MARGIN, y + 2, inner) + REPORT.sectionGap;
  y += pen.write(SAFETY_NOTE, { x: MARGIN, y, w: inner }, { size: FONT_SIZE.footer, bold: true });
  pen.write(DISCLAIMER, { x: MARGIN, y, w: inner }, { size: FONT_SIZE.footer, color: COLOR.muted });
  return { title: r.title, subject: 'How a runner\'s back pain and training went, week by week, for a clinician.', pages: [{ width, height, items: pen.items }] };
}
