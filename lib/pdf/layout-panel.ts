import { formatDose } from '../words/describe';
import { SESSION_NAMES } from '../words/session-words';
import type { Exercise } from '../schemas/exercise';
import type { PlanItem, SessionKind, WeekPlan } from '../schemas/plan';
import { stillShapes } from '../figures/figure-drawing';
import type { Figure } from '../schemas/pose';
import type { Box } from './sheet-layout';
import type { Pen, TextStyle } from './pen';
import type { WrapStats } from './text-tools';
import { CARD, CARD_PADDING, COLOR, FIGURE_SIZES, FONT_SIZE, GAP, LAST_RESORT_FIGURE_SIZES, LINE_HEIGHT } from './tokens';

/** The exercise library as the sheet needs it: exercises and the figures they name. */
export interface SheetLibrary {
  exercises: readonly Exercise[];
  figures: Readonly<Record<string, Figure>>;
}

const SECTIONS: readonly { kind: SessionKind; title: string }[] = [
  { kind: 'warm-up', title: SESSION_NAMES['warm-up'] },
  { kind: 'strength', title: SESSION_NAMES.strength },
  { kind: 'cool-down', title: SESSION_NAMES['cool-down'] },
  { kind: 'cross-training', title: SESSION_NAMES['cross-training'] },
];

const NAME: TextStyle = { size: FONT_SIZE.cardName, bold: true, maxLines: 3 };
const DOSE: TextStyle = { size: FONT_SIZE.cardDose, color: COLOR.accent, bold: true, maxLines: 2 };
const HEADING: TextStyle = { size: FONT_SIZE.heading, bold: true, color: COLOR.accent, maxLines: 1 };
const HEADING_HEIGHT = FONT_SIZE.heading * LINE_HEIGHT + CARD.headingBelow;
/** A cue cut to `maxLines`: one object per count, so the pen finds the cue it wrapped before. */
const CUES = new Map<number, TextStyle>();
const cueStyle = (maxLines: number) => {
  let style = CUES.get(maxLines);
  if (!style) CUES.set(maxLines, (style = { size: FONT_SIZE.cardCue, color: COLOR.muted, maxLines }));
  return style;
};

/** An exercise's card: its plan item, its library entry, and its dose in words (worded once). */
interface Card {
  item: PlanItem;
  exercise: Exercise;
  dose: string;
}
type Block = { heading: string } | Card;

/** Every exercise of the week once, grouped by the session it belongs to, in plan order. */
function weekBlocks(week: WeekPlan, library: SheetLibrary): Block[] {
  const byId = new Map(library.exercises.map((ex) => [ex.id, ex]));
  const seen = new Set<string>();
  const blocks: Block[] = [];
  for (const section of SECTIONS) {
    const items = week.days.flatMap((d) => d.sessions.filter((s) => s.kind === section.kind).flatMap((s) => s.items));
    const fresh = items.filter((i) => !seen.has(i.id) && seen.add(i.id));
    if (fresh.length === 0) continue;
    blocks.push({ heading: section.title });
    for (const item of fresh) {
      const exercise = byId.get(item.id);
      if (!exercise) throw new Error(`plan item ${item.id} is not in the library`);
      blocks.push({ item, exercise, dose: formatDose(item) });
    }
  }
  return blocks;
}

/** Where each block of one try goes, and what its texts would have to put up with there. */
interface Placement {
  placed: { block: Block; box: Box }[];
  stats: WrapStats;
  figure: number;
  textW: number;
  cueW: number;
  cue: TextStyle;
  cueLines: number;
}

/**
 * Tries to flow the blocks column by column into `area`; null when they do not fit. Nothing is
 * written: the layout search tries many of these, and only the one chosen is drawn.
 */
function place(pen: Pen, blocks: Block[], area: Box, columns: number, cueLines: number, figure: number): Placement | null {
  const colW = (area.w - GAP * (columns - 1)) / columns;
  const textW = colW - figure - CARD_PADDING * 3;
  const cue = cueStyle(cueLines);
  const cueW = colW - CARD_PADDING * 2;
  const headHeight = (card: Card) => Math.max(figure, pen.height(card.exercise.name, textW, NAME) + pen.height(card.dose, textW, DOSE));
  // The cue runs under the figure, across the whole card.
  const cardHeight = (card: Card) => headHeight(card) + (cueLines > 0 ? CARD.cueGap + pen.height(card.exercise.cues[0]!, cueW, cue) : 0) + CARD_PADDING * 2;
  const heights = blocks.map((b) => ('heading' in b ? HEADING_HEIGHT : cardHeight(b)));
  // Cheap early out: the cards cannot fit if their total height exceeds all the columns together.
  if (heights.reduce((sum, h) => sum + h + CARD.gap, 0) > columns * area.h) return null;
  const placed: { block: Block; box: Box }[] = [];
  // A little more space before a heading than between cards.
  const gapAfter = (i: number) => (i + 1 < blocks.length && 'heading' in blocks[i + 1]! ? CARD.headingGap : CARD.gap);
  let col = 0;
  let y = area.y;
  for (let i = 0; i < blocks.length; i++) {
    // A heading never sits alone at the foot of a column: it needs room for its first card too.
    const need = heights[i]! + ('heading' in blocks[i]! && i + 1 < blocks.length ? gapAfter(i) + heights[i + 1]! : 0);
    if (y + need > area.y + area.h && y > area.y) {
      col++;
      y = area.y;
    }
    if (col >= columns || y + need > area.y + area.h) return null;
    placed.push({ block: blocks[i]!, box: { x: area.x + col * (colW + GAP), y, w: colW, h: heights[i]! } });
    y += heights[i]! + gapAfter(i);
  }
  const stats: WrapStats = { split: 0, clamped: 0 };
  const count = (text: string, width: number, style: TextStyle) => {
    const s = pen.wrapStats(text, width, style);
    stats.split += s.split;
    stats.clamped += s.clamped;
  };
  for (const { block, box } of placed) {
    if ('heading' in block) count(block.heading, box.w, HEADING);
    else {
      count(block.exercise.name, textW, NAME);
      count(block.dose, textW, DOSE);
      if (cueLines > 0) count(block.exercise.cues[0]!, cueW, cue);
    }
  }
  return { placed, stats, figure, textW, cueW, cue, cueLines };
}

/** Writes the placement chosen: headings, and each card with its figure, name, dose and cue. */
function draw(pen: Pen, { placed, figure, textW, cueW, cue, cueLines }: Placement, library: SheetLibrary): void {
  for (const { block, box } of placed) {
    if ('heading' in block) {
      pen.write(block.heading, box, HEADING);
      continue;
    }
    const drawn = library.figures[block.exercise.figure];
    if (!drawn) throw new Error(`figure ${block.exercise.figure} is not in the library`);
    pen.add({ kind: 'rect', box, fill: COLOR.panel });
    pen.add({ kind: 'figure', box: { x: box.x + CARD_PADDING, y: box.y + CARD_PADDING, w: figure, h: figure }, shapes: stillShapes(drawn) });
    const tx = box.x + figure + CARD_PADDING * 2;
    let ty = box.y + CARD_PADDING;
    const nameH = pen.write(block.exercise.name, { x: tx, y: ty, w: textW }, NAME);
    ty += nameH;
    const doseH = pen.write(block.dose, { x: tx, y: ty, w: textW }, DOSE);
    const cueY = box.y + CARD_PADDING + Math.max(figure, nameH + doseH) + CARD.cueGap;
    if (cueLines > 0) pen.write(block.exercise.cues[0]!, { x: box.x + CARD_PADDING, y: cueY, w: cueW }, cue);
  }
}

/**
 * Lays the exercise panel into `area`: the biggest figures and the fewest columns that fit with every
 * cue whole and nothing cut or split; failing that (a very full week), the layout that cuts least.
 */
export function layoutPanel(pen: Pen, week: WeekPlan, library: SheetLibrary, area: Box): void {
  const blocks = weekBlocks(week, library);
  // The least-cut search retries what the clean one tried (every cue whole): each try is made once.
  const tried = new Map<string, Placement | null>();
  const attempt = (figure: number, columns: number, cueLines: number) => {
    const key = `${figure} ${columns} ${cueLines}`;
    if (!tried.has(key)) tried.set(key, place(pen, blocks, area, columns, cueLines, figure));
    return tried.get(key)!;
  };
  const take = (chosen: Placement) => draw(pen, chosen, library);
  for (const figure of FIGURE_SIZES) {
    for (let columns = CARD.minColumns; columns <= CARD.maxColumns; columns++) {
      const clean = attempt(figure, columns, Infinity);
      if (clean && clean.stats.clamped === 0 && clean.stats.split === 0) return take(clean);
    }
  }
  // Least cut first; the last-resort sizes only when nothing at the usual ones fits at all.
  const leastCut = (sizes: readonly number[]) => {
    let best: { placement: Placement; penalty: number } | undefined;
    for (const figure of sizes) {
      for (let columns = CARD.minColumns; columns <= CARD.maxColumns; columns++) {
        for (const cueLines of [Infinity, 2, 1, 0]) {
          const tried = attempt(figure, columns, cueLines);
          if (!tried) continue;
          const penalty = tried.stats.clamped * 10 + tried.stats.split * 50 + (cueLines === 0 ? 1000 : 0) + columns;
          if (!best || penalty < best.penalty) best = { placement: tried, penalty };
          // Fewer cue lines would only cut more.
          break;
        }
      }
    }
    return best;
  };
  const best = leastCut(FIGURE_SIZES) ?? leastCut(LAST_RESORT_FIGURE_SIZES);
  if (!best) throw new Error(`the week's ${blocks.length} exercise blocks do not fit the panel`);
  take(best.placement);
}
