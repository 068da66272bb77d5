import type { Shape } from '../figures/figure-shapes';
import type { Rgb } from './tokens';

/** A box in page coordinates: origin at the top-left corner, y growing downwards. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One line of text; `y` is the baseline. `box` is the room it was given and must stay inside. */
export interface TextItem {
  kind: 'text';
  x: number;
  y: number;
  size: number;
  bold: boolean;
  color: Rgb;
  text: string;
  width: number;
  box: Box;
}
export interface RectItem {
  kind: 'rect';
  box: Box;
  stroke?: Rgb;
  fill?: Rgb;
  lineWidth?: number;
}
export interface LineItem {
  kind: 'line';
  from: readonly [number, number];
  to: readonly [number, number];
  color: Rgb;
  width: number;
}
export interface FigureItem {
  kind: 'figure';
  box: Box;
  /** The figure's shapes in its 100 x 100 box, scaled to fit `box`. */
  shapes: Shape[];
}
export type LayoutItem = TextItem | RectItem | LineItem | FigureItem;

export interface PageLayout {
  width: number;
  height: number;
  items: LayoutItem[];
}

/** The plain payload the drawing step turns into a PDF. */
export interface SheetLayout {
  title: string;
  subject: string;
  pages: PageLayout[];
}

/** Measures text in the sheet's fonts. */
export interface TextMeasure {
  width: (text: string, size: number, bold: boolean) => number;
  /** Code points the font can encode. */
  canEncode: (codePoint: number) => boolean;
}
