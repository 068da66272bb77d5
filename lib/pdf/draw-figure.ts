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
  const k = r * KAPPA;
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

function shapeOps(s: Shape): PDFOperator[] {
  const c = TONE[s.tone];
  const pen = (w: number) => [setStrokingRgbColor(c[0], c[1], c[2]), setLineWidth(w)];
  switch (s.kind) {
    case 'line':
      return [...pen(s.width), moveTo(s.from[0], s.from[1]), lineTo(s.to[0], s.to[1]), stroke()];
    case 'poly':
      return [...pen(s.width), moveTo(s.points[0]![0], s.points[0]![1]), ...s.points.slice(1).map((p) => lineTo(p[0], p[1])), stroke()];
    case 'ring':
      return [...pen(s.width), ...circle(s.at, s.r), stroke()];
    case 'dot':
      return [setFillingRgbColor(c[0], c[1], c[2]), ...circle(s.at, s.r), fill()];
    case 'arrow': {
      // The quadratic shaft as the cubic PDF draws; the head filled.
      const q = (p: Point, t: number): [number, number] => [p[0] + (2 / 3) * (s.via[0] - p[0]) * t, p[1] + (2 / 3) * (s.via[1] - p[1]) * t];
      const [c1, c2] = [q(s.from, 1), q(s.to, 1)];
      const [tip, left, right] = arrowHead(s.via, s.to);
      return [
        ...pen(s.width), moveTo(s.from[0], s.from[1]), appendBezierCurve(c1[0], c1[1], c2[0], c2[1], s.to[0], s.to[1]), stroke(),
        setFillingRgbColor(c[0], c[1], c[2]), moveTo(tip[0], tip[1]), lineTo(left[0], left[1]), lineTo(right[0], right[1]), closePath(), fill(),
      ];
    }
  }
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
    ...shapes.flatMap(shapeOps),
    popGraphicsState(),
  );
}
