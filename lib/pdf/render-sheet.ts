import { PDFDocument, StandardFonts } from 'pdf-lib';
import { drawSheet } from './draw-sheet';
import type { SheetLibrary } from './layout-panel';
import { layoutSheet, type SheetRequest } from './layout-sheet';
import type { SheetLayout, TextMeasure } from './sheet-layout';

export type { SheetLibrary } from './layout-panel';
export type { SheetRequest } from './layout-sheet';

/** Renders the sheet: plans -> layout payload -> pdf-lib drawing -> PDF bytes. */
export function renderSheet(req: SheetRequest, library: SheetLibrary, now = new Date()): Promise<{ bytes: Uint8Array; layout: SheetLayout }> {
  return renderLayout((measure) => layoutSheet(req, library, measure), now);
}

/** Any layout in the sheet's fonts: measure, lay out, draw, save. */
export async function renderLayout(lay: (measure: TextMeasure) => SheetLayout, now = new Date()): Promise<{ bytes: Uint8Array; layout: SheetLayout }> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const charset = new Set(regular.getCharacterSet());
  // Widths in font units (at 1000 pt, where pdf-lib's scale is exactly 1), by font: scaled to a size
  // with pdf-lib's own arithmetic, so every width is the one it would give.
  const widths = { regular: new Map<string, number>(), bold: new Map<string, number>() };
  const measure: TextMeasure = {
    width: (text, size, isBold) => {
      const known = isBold ? widths.bold : widths.regular;
      let w = known.get(text);
      if (w === undefined) known.set(text, (w = (isBold ? bold : regular).widthOfTextAtSize(text, 1000)));
      return w * (size / 1000);
    },
    canEncode: (cp) => charset.has(cp),
  };
  const layout = lay(measure);
  drawSheet(doc, layout, { regular, bold });
  doc.setTitle(layout.title);
  doc.setSubject(layout.subject);
  doc.setAuthor('Backstride');
  doc.setCreator('Backstride');
  doc.setProducer('Backstride with pdf-lib');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  return { bytes: await doc.save(), layout };
}
