import { MID_SESSION_STOP } from '../domain/mid-session-stop';
import { REFER } from '../schemas/thresholds';
import type { Note } from '../schemas/plan';
import type { Pen } from './pen';
import { COLOR, FONT_SIZE, FOOTER, NOTES } from './tokens';

/** The plan's notes as a short bulleted list; returns the height used. */
export function layoutNotes(pen: Pen, notes: readonly Note[], x: number, y: number, width: number): number {
  if (notes.length === 0) return 0;
  let h = pen.write('Notes for this week', { x, y, w: width }, { size: FONT_SIZE.note, bold: true, color: COLOR.accent, maxLines: 1 });
  for (const note of notes) {
    pen.write('-', { x, y: y + h, w: NOTES.bulletWidth }, { size: FONT_SIZE.note, maxLines: 1 });
    h += pen.write(note.text, { x: x + NOTES.bulletWidth, y: y + h, w: width - NOTES.bulletWidth }, { size: FONT_SIZE.note, maxLines: NOTES.maxLines });
  }
  return h;
}

/** The safety note and disclaimer every sheet carries. */
export const SAFETY_NOTE = `${MID_SESSION_STOP} Numbness between the legs, a change in peeing or pooing, or weakness in both legs: get help now (an emergency department or your emergency number).`;
export const DISCLAIMER = `Backstride gives general guidance, not medical advice: it screens, it does not diagnose. If pain lasts ${REFER.painWeeks} weeks or more, see a GP or physiotherapist.`;

/** Height the footer will take at this width. */
export function footerHeight(pen: Pen, width: number): number {
  return FOOTER.top + pen.height(SAFETY_NOTE, width, { size: FONT_SIZE.footer, bold: true }) + pen.height(DISCLAIMER, width, { size: FONT_SIZE.footer });
}

/** The footer pinned to the bottom of the page. */
export function layoutFooter(pen: Pen, x: number, bottom: number, width: number): void {
  const top = bottom - footerHeight(pen, width);
  pen.add({ kind: 'line', from: [x, top + FOOTER.ruleGap], to: [x + width, top + FOOTER.ruleGap], color: COLOR.rule, width: FOOTER.ruleWidth });
  const y = top + FOOTER.top;
  const used = pen.write(SAFETY_NOTE, { x, y, w: width }, { size: FONT_SIZE.footer, bold: true });
  pen.write(DISCLAIMER, { x, y: y + used, w: width }, { size: FONT_SIZE.footer, color: COLOR.muted });
}
