import { stillShapes } from '../figures/figure-drawing';
import type { Exercise } from '../schemas/exercise';
import type { Figure } from '../schemas/pose';
import type { SheetLibrary } from './layout-panel';
import { Pen } from './pen';
import type { PageLayout, SheetLayout, TextMeasure } from './sheet-layout';
import { COLOR, FIGURE_SIZES, FONT_SIZE, MARGIN, PAPER, type Paper } from './tokens';

/** The large size each position is shown at, the room for names, and the gap between figures. */
const CONTACT = { large: 84, nameWidth: 118, gap: 8, rowGap: 10, frame: 0.4 } as const;

const perSide = (ex: Exercise) => ex.dosage.some((d) => d.perSide);

/**
 * The contact sheet for review by eye: one row an exercise, named, with every position at a large
 * size, then the key position as the weekly sheet prints it (with its motion arrow) at the sheet's
 * biggest and smallest figure sizes; per-side exercises also show the other side. Each figure sits
 * in a thin frame: its box.
 */
export function layoutContactSheet(library: SheetLibrary, paper: Paper, measure: TextMeasure): SheetLayout {
  const width = PAPER[paper].height;
  const height = PAPER[paper].width;
  const pages: PageLayout[] = [];
  let pen = new Pen(measure);
  let y = MARGIN;
  const newPage = () => {
    pages.push({ width, height, items: pen.items });
    pen = new Pen(measure);
    y = MARGIN;
  };
  y += pen.write('Backstride figures: every exercise, every position', { x: MARGIN, y, w: width - 2 * MARGIN }, { size: FONT_SIZE.subtitle, bold: true, maxLines: 1 }) + CONTACT.gap;
  const place = (figure: Figure, x: number, top: number, size: number, shapes = stillShapes(figure)) => {
    const box = { x, y: top, w: size, h: size };
    pen.add({ kind: 'rect', box, stroke: COLOR.rule, lineWidth: CONTACT.frame });
    pen.add({ kind: 'figure', box, shapes });
  };
  for (const ex of library.exercises) {
    const figure = library.figures[ex.figure];
    if (!figure) throw new Error(`figure ${ex.figure} is not in the library`);
    if (y + CONTACT.large > height - MARGIN) newPage();
    pen.write(`${ex.name}${perSide(ex) ? ' (left; right mirrored)' : ''}`, { x: MARGIN, y, w: CONTACT.nameWidth }, { size: FONT_SIZE.cardName, bold: true, maxLines: 3 });
    pen.write(`${ex.figure}: ${figure.positions.length} positions${figure.view === 'front' ? ', front view' : ''}`, { x: MARGIN, y: y + 34, w: CONTACT.nameWidth }, { size: FONT_SIZE.footer, color: COLOR.muted, maxLines: 2 });
    let x = MARGIN + CONTACT.nameWidth;
    figure.positions.forEach((_, i) => {
      place(figure, x, y, CONTACT.large, stillShapes(figure, null, i));
      x += CONTACT.large + 2;
    });
    x = MARGIN + CONTACT.nameWidth + 3 * (CONTACT.large + 2) + CONTACT.gap;
    const [big, small] = [FIGURE_SIZES[0], FIGURE_SIZES[FIGURE_SIZES.length - 1]!];
    place(figure, x, y, big);
    place(figure, x + big + 4, y, small);
    if (perSide(ex)) place(figure, x + big + 4, y + small + 4, small, stillShapes(figure, 'right'));
    y += CONTACT.large + CONTACT.rowGap;
  }
  pages.push({ width, height, items: pen.items });
  return { title: 'Backstride figures', subject: 'Every exercise figure in every position, for review by eye.', pages };
}
