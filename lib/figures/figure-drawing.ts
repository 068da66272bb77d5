import type { Figure } from '../schemas/pose';
import { figureArrow, figureFrames } from './figure-motion';
import { forSide, placedBody, sceneShapes, type Shape, type Side } from './figure-shapes';

// Figures are constant data: each still is worked out once (the sheet's layout tries many sizes).
const stills = new WeakMap<Figure, Map<string, Shape[]>>();

/** One position of a figure, with its floor and props, for `side`; the key position also gets its motion arrow. */
export function stillShapes(figure: Figure, side: Side = null, position = figure.key ?? figure.positions.length - 1): Shape[] {
  let known = stills.get(figure);
  if (!known) stills.set(figure, (known = new Map()));
  const id = `${side}|${position}`;
  let shapes = known.get(id);
  if (!shapes) {
    const arrow = position === (figure.key ?? figure.positions.length - 1) ? figureArrow(figure) : null;
    known.set(id, (shapes = forSide([...sceneShapes(figure), ...placedBody(figure, figure.positions[position]!), ...(arrow ? [arrow] : [])], side)));
  }
  return shapes;
}

/** A figure in motion for `side`: the still scene, the body in every keyframe (same shapes in the same order), and the timing. */
export function movingShapes(figure: Figure, side: Side = null): { scene: Shape[]; frames: Shape[][]; times: number[]; seconds: number } {
  const { poses, times, seconds } = figureFrames(figure);
  return { scene: forSide(sceneShapes(figure), side), frames: poses.map((p) => forSide(placedBody(figure, p), side)), times, seconds };
}
