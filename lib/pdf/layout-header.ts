import { CAUSE_NAMES } from '../domain/cause-names';
import type { CauseResult } from '../schemas/plan';
import type { Pen } from './pen';
import { COLOR, FONT_SIZE, GAP, HEADER } from './tokens';


export interface HeaderInput {
  x: number;
  y: number;
  width: number;
  /** "Week 1 of 8", or with a log "Week 6: step 4 of 8". */
  title: string;
  /** With a log: the week's decision and why, under the dates. */
  progressLine?: string;
  dates: string;
  capText: string;
  causes: readonly CauseResult[];
}

/** Title, dates, distance cap and up to three likely causes; returns the height used. */
export function layoutHeader(pen: Pen, h: HeaderInput): number {
  const brandWidth = HEADER.brandWidth;
  pen.write('Backstride', { x: h.x + h.width - brandWidth, y: h.y, w: brandWidth }, { size: HEADER.brandSize, bold: true, color: COLOR.accent, align: 'right' });
  pen.write('Tick each box as you go', { x: h.x + h.width - brandWidth, y: h.y + HEADER.taglineTop, w: brandWidth }, { size: FONT_SIZE.cause, color: COLOR.muted, align: 'right' });
  const left = h.width - brandWidth - GAP;
  let y = h.y;
  y += pen.write(h.title, { x: h.x, y, w: left }, { size: FONT_SIZE.title, bold: true, maxLines: 1 });
  y += pen.write(`${h.dates}  |  ${h.capText}`, { x: h.x, y, w: left }, { size: FONT_SIZE.subtitle, color: COLOR.muted, maxLines: 1 });
  if (h.progressLine) y += pen.write(h.progressLine, { x: h.x, y, w: left }, { size: FONT_SIZE.cause, bold: true, color: COLOR.accent, maxLines: 1 });
  y += HEADER.causesGap;
  const heading = h.causes.length > 0 ? 'Likely causes (a screen, not a diagnosis):' : 'No clear likely cause from your answers: this week is general back care.';
  y += pen.write(heading, { x: h.x, y, w: h.width }, { size: FONT_SIZE.cause, bold: true, maxLines: 1 });
  for (const cause of h.causes) {
    // The strongest reason is enough on paper; the popup shows them all.
    const line = `${CAUSE_NAMES[cause.id]}: ${cause.reasons[0] ?? ''}`;
    y += pen.write(line, { x: h.x + HEADER.causeIndent, y, w: h.width - HEADER.causeIndent }, { size: FONT_SIZE.cause, maxLines: 1 });
  }
  return y - h.y;
}
