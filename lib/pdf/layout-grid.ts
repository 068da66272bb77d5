import { describeSession } from '../words/describe';
import { DAY_NAMES } from '../domain/week-days';
import type { Session, WeekPlan } from '../schemas/plan';
import type { Units } from '../schemas/settings';
import type { Pen } from './pen';
import { COLOR, DAY_HEADER_HEIGHT, FONT_SIZE, GRID, LINE_HEIGHT, TICK_BOX } from './tokens';
import { addDays } from '../domain/calendar';
import { shortDate } from './week-dates';

const { columnGap: COLUMN_GAP, pad: PAD } = GRID;
const SESSION_STYLE = { size: FONT_SIZE.session, maxLines: 2 } as const;

/** The "how did it go" line at the foot of each day, filled in by hand. */
export const HOW_DID_IT_GO = 'Back pain: ___ /10';

/** The seven-day grid with a tick box per session and a line for the day's pain; returns the height used. */
export function layoutGrid(pen: Pen, week: WeekPlan, monday: Date, x: number, y: number, width: number, units: Units): number {
  const colW = (width - COLUMN_GAP * 6) / 7;
  const labelW = colW - PAD * 2 - TICK_BOX - GRID.tickGap;
  const style = (s: Session) => ({ ...SESSION_STYLE, bold: s.kind === 'run' });
  const rowHeight = (s: Session) => Math.max(TICK_BOX, pen.height(describeSession(s, units), labelW, style(s))) + GRID.rowGap;
  const tallest = Math.max(...week.days.map((d) => d.sessions.reduce((sum, s) => sum + rowHeight(s), 0)));
  const painStyle = { size: FONT_SIZE.session, color: COLOR.muted, maxLines: 1 };
  const painRow = pen.height(HOW_DID_IT_GO, colW - PAD * 2, painStyle) + GRID.rowGap;
  const height = DAY_HEADER_HEIGHT + PAD + tallest + painRow + PAD;

  week.days.forEach((day, i) => {
    const cx = x + i * (colW + COLUMN_GAP);
    pen.add({ kind: 'rect', box: { x: cx, y, w: colW, h: height }, stroke: COLOR.rule, lineWidth: GRID.frameWidth });
    pen.add({ kind: 'rect', box: { x: cx, y, w: colW, h: DAY_HEADER_HEIGHT }, fill: COLOR.panel });
    pen.write(DAY_NAMES[day.day], { x: cx + PAD, y: y + GRID.nameTop, w: colW - PAD * 2 }, { size: FONT_SIZE.dayName, bold: true, maxLines: 1 });
    pen.write(shortDate(addDays(monday, i)), { x: cx + PAD, y: y + GRID.nameTop + FONT_SIZE.dayName * LINE_HEIGHT, w: colW - PAD * 2 }, { size: FONT_SIZE.dayDate, color: COLOR.muted, maxLines: 1 });
    let sy = y + DAY_HEADER_HEIGHT + PAD;
    for (const session of day.sessions) {
      const h = rowHeight(session);
      pen.add({ kind: 'rect', box: { x: cx + PAD, y: sy + 1, w: TICK_BOX, h: TICK_BOX }, stroke: COLOR.ink, lineWidth: GRID.tickLineWidth });
      pen.write(describeSession(session, units), { x: cx + PAD + TICK_BOX + GRID.tickGap, y: sy, w: labelW }, style(session));
      sy += h;
    }
    pen.write(HOW_DID_IT_GO, { x: cx + PAD, y: y + height - PAD - painRow + GRID.rowGap, w: colW - PAD * 2 }, painStyle);
  });
  return height;
}
