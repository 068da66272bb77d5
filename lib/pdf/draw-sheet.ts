import { LineCapStyle, rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { motionArrow } from '../domain/motion-arrow';
import { FIGURE_GEOMETRY as G, POSE_SEGMENTS, type Pose } from '../schemas/pose';
import type { Box, LayoutItem, SheetLayout } from './sheet-layout';
import { COLOR, type Rgb } from './tokens';

export interface SheetFonts {
  regular: PDFFont;
  bold: PDFFont;
}

const color = (c: Rgb) => rgb(c[0], c[1], c[2]);

/** Draws a stick figure from its pose into `box` (a square), y flipped for PDF space. */
function drawFigure(page: PDFPage, pose: Pose, box: Box, flipY: (y: number) => number) {
  const scale = box.w / 100;
  const at = ([px, py]: readonly [number, number]) => ({ x: box.x + px * scale, y: flipY(box.y + py * box.h / 100) });
  page.drawLine({ start: at([0, 100]), end: at([100, 100]), thickness: G.ground * scale, color: color(COLOR.rule) });
  if (pose.prop) page.drawLine({ start: at(pose.prop[0]), end: at(pose.prop[1]), thickness: G.prop * scale, color: color(COLOR.rule) });
  for (const [from, to, side] of POSE_SEGMENTS) {
    const tone = side === 'far' ? COLOR.figureFar : COLOR.ink;
    page.drawLine({ start: at(pose[from] as [number, number]), end: at(pose[to] as [number, number]), thickness: G.limb * scale, color: color(tone), lineCap: LineCapStyle.Round });
  }
  const head = at(pose.head);
  page.drawCircle({ x: head.x, y: head.y, size: G.headRadius * scale, color: color(COLOR.ink) });
  if (pose.motion) {
    // drawSvgPath reads y downwards from its origin, as the pose data does, and scales line widths too.
    const arrow = motionArrow(pose.motion);
    const origin = { x: box.x, y: flipY(box.y), scale };
    page.drawSvgPath(arrow.shaft, { ...origin, borderColor: color(COLOR.accent), borderWidth: G.motion, borderLineCap: LineCapStyle.Round });
    page.drawSvgPath(arrow.head, { ...origin, color: color(COLOR.accent), borderWidth: 0 });
  }
}

function drawItem(page: PDFPage, item: LayoutItem, fonts: SheetFonts) {
  const flipY = (y: number) => page.getHeight() - y;
  switch (item.kind) {
    case 'text':
      page.drawText(item.text, { x: item.x, y: flipY(item.y), size: item.size, font: item.bold ? fonts.bold : fonts.regular, color: color(item.color) });
      return;
    case 'rect':
      page.drawRectangle({
        x: item.box.x, y: flipY(item.box.y + item.box.h), width: item.box.w, height: item.box.h,
        ...(item.fill ? { color: color(item.fill) } : {}),
        ...(item.stroke ? { borderColor: color(item.stroke), borderWidth: item.lineWidth ?? 1 } : {}),
      });
      return;
    case 'line':
      page.drawLine({ start: { x: item.from[0], y: flipY(item.from[1]) }, end: { x: item.to[0], y: flipY(item.to[1]) }, thickness: item.width, color: color(item.color) });
      return;
    case 'figure':
      drawFigure(page, item.pose, item.box, flipY);
  }
}

/** Draws every page of the layout into the PDF. */
export function drawSheet(doc: PDFDocument, layout: SheetLayout, fonts: SheetFonts): void {
  for (const pageLayout of layout.pages) {
    const page = doc.addPage([pageLayout.width, pageLayout.height]);
    for (const item of pageLayout.items) drawItem(page, item, fonts);
  }
}
