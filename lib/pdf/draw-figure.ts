import {
  appendBezierCurve, closePath, concatTransformationMatrix, fill, LineCapStyle, LineJoinStyle, lineTo, moveTo, popGraphicsState, pushGraphicsState,
  setFillingRgbColor, setLineCap, setLineJoin, setLineWidth, setStrokingRgbColor, stroke, type PDFOperator, type PDFPage,
} from 'pdf-lib';
import type { Shape, Tone } from '../figures/figure-shapes';
import { arrowHead } from '../figures/motion-arrow';
import type { Point } from '../schemas/pose';
import type { Box } from './sheet-layout';
import { COLOR, type Rgb } from './tokens';

const TONE: Record<Tone, Rgb> = { near: COLOR.ink, far: COLOR.figureFar, prop: COLOR.rule, water: COLOR.water, motion: COLOR.accent };
/** A quarter circle as a cubic Bézier: the control points' distance, as a share of the radius. */
const KAPPA = 0.5523;

/** A circle as four Bézier curves, centred on `c`. */
function circle(c: Point, r: number): PDFOperator[] {
  const k = r2(r * KAPPA);
  const [x, y] = c;
  return [
    moveTo(x + r, y),
    appendBezierCurve(x + r, y + k, x + k, y + r, x, y + r),
    appendBezierCurve(x - k, y + r, x - r, y + k, x - r, y),
    appendBezierCurve(x - r, y - k, x - k, y - r, x, y - r),
    appendBezierCurve(x + k, y - r, x + r, y - k, x + r, y),
    closePath(),
  ];
}

/** Two decimals of a figure unit are far finer than print, and keep the content stream short and quick to write. */
const r2 = (n: number) => Math.round(n * 100) / 100;
const at = (p: Point): [number, number] => [r2(p[0]), r2(p[1])];

/** Writes the shapes' operators, setting a colour or a width only when it changes. */
function shapeOps(shapes: readonly Shape[]): PDFOperator[] {
  const ops: PDFOperator[] = [];
  let [strokeColor, fillColor, width]: [Rgb | null, Rgb | null, number] = [null, null, -1];
  const pen = (c: Rgb, w: number) => {
    if (c !== strokeColor) ops.push(setStrokingRgbColor(c[0], c[1], c[2]));
    if (w !== width) ops.push(setLineWidth(w));
    [strokeColor, width] = [c, w];
  };
  const brush = (c: Rgb) => {
    if (c !== fillColor) ops.push(setFillingRgbColor(c[0], c[1], c[2]));
    fillColor = c;
  };
  const path = (points: readonly Point[]) => points.forEach((p, i) => ops.push((i === 0 ? moveTo : lineTo)(...at(p))));
  for (const s of shapes) {
    const c = TONE[s.tone];
    switch (s.kind) {
      case 'line':
        pen(c, s.width);
        path([s.from, s.to]);
        ops.push(stroke());
        break;
      case 'poly':
        pen(c, s.width);
        path(s.points);
        ops.push(stroke());
        break;
      case 'ring':
        pen(c, s.width);
        ops.push(...circle(at(s.at), r2(s.r)), stroke());
        break;
      case 'dot':
        brush(c);
        ops.push(...circle(at(s.at), r2(s.r)), fill());
        break;
      case 'arrow': {
        // The quadratic shaft as the cubic PDF draws; the head filled.
        const third = (p: Point): Point => [p[0] + (2 / 3) * (s.via[0] - p[0]), p[1] + (2 / 3) * (s.via[1] - p[1])];
        const [c1, c2, end] = [at(third(s.from)), at(third(s.to)), at(s.to)];
        pen(c, s.width);
        path([s.from]);
        ops.push(appendBezierCurve(c1[0], c1[1], c2[0], c2[1], end[0], end[1]), stroke());
        brush(c);
        path(arrowHead(s.via, s.to));
        ops.push(closePath(), fill());
      }
    }
  }
  return ops;
}

/**
 * Draws a figure's shapes into `box` (page coordinates, y down) in one run of operators: the box's
 * 100 units scaled to its width, y flipped for PDF space, so shapes keep the SVG's numbers.
 */
export function drawFigure(page: PDFPage, shapes: readonly Shape[], box: Box): void {
  const k = box.w / 100;
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(k, 0, 0, -k, box.x, page.getHeight() - box.y),
    setLineCap(LineCapStyle.Round),
    setLineJoin(LineJoinStyle.Round),
    ...shapeOps(shapes),
    popGraphicsState(),
  );
}
