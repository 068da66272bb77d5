import { PDFDocument, PDFOperator } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../data/figures';
import { stillShapes } from '../figures/figure-drawing';
import { drawFigure } from './draw-figure';

/** The operators drawFigure adds to an empty page, as text ("12.5 3 m"). */
async function operators(shapes: ReturnType<typeof stillShapes>): Promise<string[]> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([200, 200]);
  const pushed: PDFOperator[] = [];
  const push = page.pushOperators.bind(page);
  page.pushOperators = (...ops: PDFOperator[]) => (pushed.push(...ops), push(...ops));
  drawFigure(page, shapes, { x: 20, y: 30, w: 50, h: 50 });
  return pushed.map((op) => op.toString().trim());
}

describe('drawFigure', () => {
  it('draws exactly the shapes the SVG draws: every line from and to the same points, at the same widths, in figure units', async () => {
    const shapes = stillShapes(FIGURES['side-plank'], 'left');
    const ops = await operators(shapes);
    // One transformation puts the 100-unit box on the page: 50 pt wide, y flipped, at (20, 200 - 30).
    expect(ops).toContain('0.5 0 0 -0.5 20 170 cm');
    const r2 = (n: number) => String(Math.round(n * 100) / 100);
    const lines = shapes.filter((s) => s.kind === 'line');
    expect(lines.length).toBeGreaterThan(10);
    for (const s of lines) {
      const from = `${r2(s.from[0])} ${r2(s.from[1])} m`;
      const to = `${r2(s.to[0])} ${r2(s.to[1])} l`;
      expect(ops.findIndex((op, i) => op === from && ops[i + 1] === to), `${from} ${to}`).toBeGreaterThanOrEqual(0);
    }
    for (const width of new Set(shapes.flatMap((s) => ('width' in s ? [s.width] : [])))) expect(ops, `width ${width}`).toContain(`${r2(width)} w`);
  });
});
