import type { Paper } from '../schemas/settings';

/** Design tokens for the printed sheet, in PDF points (1/72 inch). */

/** Landscape pages: seven day columns read best across the long side. */
export const PAPER = {
  a4: { width: 841.89, height: 595.28 },
  letter: { width: 792, height: 612 },
} as const satisfies Record<Paper, { width: number; height: number }>;
export type { Paper };

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
  water: [0.25, 0.45, 0.7],
} as const satisfies Record<string, Rgb>;

export const TICK_BOX = 9;
export const DAY_HEADER_HEIGHT = 30;
/** Stick-figure sizes to try, biggest first: a quiet week gets bigger pictures. */
export const FIGURE_SIZES = [52, 44, 38, 32] as const;
/** Only when nothing else fits (the fullest weeks): smaller figures rather than no sheet. */
export const LAST_RESORT_FIGURE_SIZES = [28, 24] as const;
export const CARD_PADDING = 3;

/** The week grid: gaps between day columns, padding inside them, the room between a tick box and its label. */
export const GRID = {
  columnGap: 4,
  pad: 4,
  tickGap: 4,
  /** Space under each session's row. */
  rowGap: 5,
  /** From the top of a day's header to its name. */
  nameTop: 3,
  frameWidth: 0.8,
  tickLineWidth: 0.9,
} as const;

/** The header: the brand block on the right, the indent of each likely cause. */
export const HEADER = { brandWidth: 150, brandSize: 14, taglineTop: 18, causesGap: 4, causeIndent: 8 } as const;

/** Notes: the bullet's column, and how many lines a note may take. */
export const NOTES = { bulletWidth: 8, maxLines: 3 } as const;

/** The footer: the rule above it and the room around it. */
export const FOOTER = { ruleGap: 2, top: 6, ruleWidth: 0.6 } as const;

/** Exercise cards: room between name and cue, between cards, and before a section heading. */
export const CARD = { cueGap: 2, gap: 2, headingGap: 4, headingBelow: 3, minColumns: 4, maxColumns: 7 } as const;

/** The physiotherapist's report: a portrait page. */
export const REPORT = {
  titleSize: 16,
  sectionGap: 8,
  rowGap: 2,
  chartHeight: 110,
  chartAxis: 18,
  chartFrame: 0.6,
  chartGrid: 0.4,
  chartLine: 1.4,
  chartDot: 3.5,
} as const;
