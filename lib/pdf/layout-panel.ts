import { formatDose } from '../words/describe';
import { SESSION_NAMES } from '../words/session-words';
import type { Exercise } from '../schemas/exercise';
import type { PlanItem, SessionKind, WeekPlan } from '../schemas/plan';
import { stillShapes } from '../figures/figure-drawing';
import type { Figure } from '../schemas/pose';
import type { Box } from './sheet-layout';
import { Pen, type TextStyle } from './pen';
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

type Block = { heading: string } | { item: PlanItem; exercise: Exercise };

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
      blocks.push({ item, exercise });
    }
  }
  return blocks;
}

/** Tries to flow the blocks column by column into `area`; false when they do not fit. */
function flow(pen: Pen, blocks: Block[], area: Box, columns: number, cueLines: number, figure: number, library: SheetLibrary): boolean {
  const colW = (area.w - GAP * (columns - 1)) / columns;
  const textW = colW - figure - CARD_PADDING * 3;
  const cue: TextStyle = { size: FONT_SIZE.cardCue, color: COLOR.muted, maxLines: cueLines };
  const cueW = colW - CARD_PADDING * 2;
  const headHeight = (ex: Exercise, item: PlanItem) => Math.max(figure, pen.height(ex.name, textW, NAME) + pen.height(formatDose(item), textW, DOSE));
  // The cue runs under the figure, across the whole card.
  const cardHeight = (b: { item: PlanItem; exercise: Exercise }) =>
    headHeight(b.exercise, b.item) + (cueLines > 0 ? CARD.cueGap + pen.height(b.exercise.cues[0]!, cueW, cue) : 0) + CARD_PADDING * 2;
  const heights = blocks.map((b) => ('heading' in b ? HEADING_HEIGHT : cardHeight(b)));
  // Cheap early out: the cards cannot fit if their total height exceeds all the columns together.
  if (heights.reduce((sum, h) => sum + h + CARD.gap, 0) > columns * area.h) return false;
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
    if (col >= columns || y + need > area.y + area.h) return false;
    placed.push({ block: blocks[i]!, box: { x: area.x + col * (colW + GAP), y, w: colW, h: heights[i]! } });
    y += heights[i]! + gapAfter(i);
  }
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
    ty += pen.write(block.exercise.name, { x: tx, y: ty, w: textW }, NAME);
    pen.write(formatDose(block.item), { x: tx, y: ty, w: textW }, DOSE);
    const cueY = box.y + CARD_PADDING + headHeight(block.exercise, block.item) + CARD.cueGap;
    if (cueLines > 0) pen.write(block.exercise.cues[0]!, { x: box.x + CARD_PADDING, y: cueY, w: cueW }, cue);
  }
  return true;
}

/**
 * Lays the exercise panel into `area`: the biggest figures and the fewest columns that fit with every
 * cue whole and nothing cut or split; failing that (a very full week), the layout that cuts least.
 */
export function layoutPanel(pen: Pen, week: WeekPlan, library: SheetLibrary, area: Box): void {
  const blocks = weekBlocks(week, library);
  const attempt = (figure: number, columns: number, cueLines: number) => {
    const scratch = pen.scratch();
    return flow(scratch, blocks, area, columns, cueLines, figure, library) ? scratch : null;
  };
  const take = (chosen: Pen) => chosen.items.forEach((item) => pen.add(item));
  for (const figure of FIGURE_SIZES) {
    for (let columns = CARD.minColumns; columns <= CARD.maxColumns; columns++) {
      const clean = attempt(figure, columns, Infinity);
      if (clean && clean.stats.clamped === 0 && clean.stats.split === 0) return take(clean);
    }
  }
  // Least cut first; the last-resort sizes only when nothing at the usual ones fits at all.
  const leastCut = (sizes: readonly number[]) => {
    let best: { pen: Pen; penalty: number } | undefined;
    for (const figure of sizes) {
      for (let columns = CARD.minColumns; columns <= CARD.maxColumns; columns++) {
        for (const cueLines of [Infinity, 2, 1, 0]) {
          const tried = attempt(figure, columns, cueLines);
          if (!tried) continue;
          const penalty = tried.stats.clamped * 10 + tried.stats.split * 50 + (cueLines === 0 ? 1000 : 0) + columns;
          if (!best || penalty < best.penalty) best = { pen: tried, penalty };
          // Fewer cue lines would only cut more.
          break;
        }
      }
    }
    return best;
  };
  const best = leastCut(FIGURE_SIZES) ?? leastCut(LAST_RESORT_FIGURE_SIZES);
  if (!best) throw new Error(`the week's ${blocks.length} exercise blocks do not fit the panel`);
  take(best.pen);
}
