/** Design tokens for the printed sheet, in PDF points (1/72 inch). */

/** Landscape pages: seven day columns read best across the long side. */
export const PAPER = {
  a4: { width: 841.89, height: 595.28 },
  letter: { width: 792, height: 612 },
} as const;
export type Paper = keyof typeof PAPER;

export const MARGIN = 28;
export const GAP = 8;

/** Font sizes; nothing on the sheet is smaller than MIN_FONT_SIZE. */
export const FONT_SIZE = {
  title: 22,
  subtitle: 11,
  cause: 9,
  dayName: 13,
  dayDate: 8.5,
  session: 9,
  heading: 10,
  cardName: 9,
  cardDose: 8.5,
  cardCue: 8,
  note: 8.5,
  footer: 8,
} as const;
export const MIN_FONT_SIZE = 8;
export const LINE_HEIGHT = 1.2;

/** Colours as RGB 0..1; dark enough to survive a black-and-white printer. */
export type Rgb = readonly [number, number, number];
export const COLOR = {
  ink: [0.08, 0.08, 0.08],
  muted: [0.25, 0.25, 0.25],
  accent: [0.04, 0.36, 0.32],
  rule: [0.45, 0.45, 0.45],
  panel: [0.93, 0.95, 0.94],
  today: [0.85, 0.91, 0.89],
  figureFar: [0.5, 0.5, 0.5],
} as const satisfies Record<string, Rgb>;

export const TICK_BOX = 9;
export const DAY_HEADER_HEIGHT = 30;
/** Stick-figure sizes to try, biggest first: a quiet week gets bigger pictures. */
export const FIGURE_SIZES = [52, 44, 38, 32] as const;
export const FIGURE_STROKE = 2.2;
/** The motion arrow's line, thinner than a limb so the figure stays the first thing seen. */
export const MOTION_STROKE = 1.2;
export const CARD_PADDING = 3;
