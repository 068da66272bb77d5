import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { drawFigure } from './draw-figure';
import type { LayoutItem, SheetLayout } from './sheet-layout';
import { COLOR, type Rgb } from './tokens';

export interface SheetFonts {
  regular: PDFFont;
  bold: PDFFont;
}

const color = (c: Rgb) => rgb(c[0], c[1], c[2]);

/**
 * Draws one item. Text is drawn in the page's current font, switched only when it changes: given a
 * font, pdf-lib's drawText would add two font entries to the page's resources for every line.
 */
function drawItem(page: PDFPage, item: LayoutItem, fonts: SheetFonts, pen: { font?: PDFFont }) {
  const flipY = (y: number) => page.getHeight() - y;
  switch (item.kind) {
    case 'text': {
      const font = item.bold ? fonts.bold : fonts.regular;
      if (pen.font !== font) page.setFont((pen.font = font));
      page.drawText(item.text, { x: item.x, y: flipY(item.y), size: item.size, color: color(item.color) });
      return;
    }
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
      drawFigure(page, item.shapes, item.box);
  }
}

/** Draws every page of the layout into the PDF. */
export function drawSheet(doc: PDFDocument, layout: SheetLayout, fonts: SheetFonts): void {
  for (const pageLayout of layout.pages) {
    const page = doc.addPage([pageLayout.width, pageLayout.height]);
    const pen = {};
    for (const item of pageLayout.items) drawItem(page, item, fonts, pen);
  }
}
