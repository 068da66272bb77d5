import type { Box, LayoutItem, TextMeasure } from './sheet-layout';

/** Where a text starts and how wide it may run; it takes the height its lines need. */
export type TextSpot = Omit<Box, 'h'>;
import { clampLines, sanitize, type WrapStats } from './text-tools';
import { COLOR, LINE_HEIGHT, type Rgb } from './tokens';

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: Rgb;
  maxLines?: number;
  align?: 'left' | 'right';
}

/** Writes measured, wrapped, sanitised text into boxes and collects the layout items. */
export class Pen {
  readonly items: LayoutItem[] = [];
  /** What the written text had to put up with: split words and text cut short. */
  readonly stats: WrapStats = { split: 0, clamped: 0 };

  /** `heights` may be shared between pens that try alternative layouts of the same texts. */
  constructor(
    readonly measure: TextMeasure,
    private readonly heights = new Map<string, number>(),
  ) {}

  /** A fresh pen with the same measurements, for trying a layout out. */
  scratch(): Pen {
    return new Pen(this.measure, this.heights);
  }

  /** Lines `text` would take in `width` with `style`, without writing it. */
  lines(text: string, width: number, style: TextStyle, stats?: WrapStats): string[] {
    return clampLines(sanitize(text, this.measure), width, style.size, style.bold ?? false, style.maxLines ?? Infinity, this.measure, stats);
  }

  /** Height `text` would take in `width`. */
  height(text: string, width: number, style: TextStyle): number {
    // Layouts try several column counts: remember what was measured.
    const key = `${width}|${style.size}|${style.bold}|${style.maxLines}|${text}`;
    let h = this.heights.get(key);
    if (h === undefined) this.heights.set(key, (h = this.lines(text, width, style).length * style.size * LINE_HEIGHT));
    return h;
  }

  /** Writes `text` from the top of `spot`, wrapped to its width; returns the height used. */
  write(text: string, spot: TextSpot, style: TextStyle): number {
    const bold = style.bold ?? false;
    const lineHeight = style.size * LINE_HEIGHT;
    const lines = this.lines(text, spot.w, style, this.stats);
    const box: Box = { ...spot, h: lines.length * lineHeight };
    lines.forEach((line, i) => {
      const width = this.measure.width(line, style.size, bold);
      const x = style.align === 'right' ? box.x + box.w - width : box.x;
      // The baseline sits 0.95 × the font size below the line's top (about 80 % of a 1.2 line height).
      const y = box.y + i * lineHeight + style.size * 0.95;
      this.items.push({ kind: 'text', x, y, size: style.size, bold, color: style.color ?? COLOR.ink, text: line, width, box });
    });
    return lines.length * lineHeight;
  }

  add(item: LayoutItem): void {
    this.items.push(item);
  }
}
