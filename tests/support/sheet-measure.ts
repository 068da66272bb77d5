import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { TextMeasure } from '../../lib/pdf/sheet-layout';

/** The sheet's real font metrics (pdf-lib's Helvetica), for layout tests. */
export async function helveticaMeasure(): Promise<TextMeasure> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const charset = new Set(regular.getCharacterSet());
  return { width: (t, s, b) => (b ? bold : regular).widthOfTextAtSize(t, s), canEncode: (cp) => charset.has(cp) };
}
