import type { Box, LayoutItem, TextMeasure } from './sheet-layout';
import { clampLines, sanitize, type WrapStats } from './text-tools';
import { COLOR, LINE_HEIGHT, type Rgb } from './tokens';

/** Where a text starts and how wide it may run; it takes the height its lines need. */
export type TextSpot = Omit<Box, 'h'>;

/** A text's wrapped lines, and the words it split and lines it cut doing so. */
interface Wrapped {
  lines: string[];
  stats: WrapStats;
}

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

  /** `wrapped` may be shared between pens that try alternative layouts of the same texts. */
  constructor(
    readonly measure: TextMeasure,
    private readonly wrapped = new Map<string, Map<TextStyle, Map<number, Wrapped>>>(),
    /** Each text made safe for the font once, however many widths it is wrapped to. */
    private readonly sanitized = new Map<string, string>(),
  ) {}

  /** A fresh pen with the same measurements, for trying a layout out. */
  scratch(): Pen {
    return new Pen(this.measure, this.wrapped, this.sanitized);
  }

  /**
   * Lines `text` takes in `width` with `style`, and what wrapping it had to do; wrapped once per
   * text, style and width. Layouts try several figure sizes and column counts, asking for the same
   * texts thousands of times: looked up by the text, then the style object, then the width, with no
   * key to build. (Two equal styles that are different objects are simply wrapped twice.)
   */
  private wrap(text: string, width: number, style: TextStyle): Wrapped {
    let byStyle = this.wrapped.get(text);
    if (byStyle === undefined) this.wrapped.set(text, (byStyle = new Map()));
    let byWidth = byStyle.get(style);
    if (byWidth === undefined) byStyle.set(style, (byWidth = new Map()));
    let done = byWidth.get(width);
    if (done === undefined) {
      const stats: WrapStats = { split: 0, clamped: 0 };
      let safe = this.sanitized.get(text);
      if (safe === undefined) this.sanitized.set(text, (safe = sanitize(text, this.measure)));
      const lines = clampLines(safe, width, style.size, style.bold ?? false, style.maxLines ?? Infinity, this.measure, stats);
      byWidth.set(width, (done = { lines, stats }));
    }
    return done;
  }

  /** What writing `text` in `width` would have to do (split words, lines cut), without writing it. */
  wrapStats(text: string, width: number, style: TextStyle): WrapStats {
    return this.wrap(text, width, style).stats;
  }

  /** Height `text` would take in `width`. */
  height(text: string, width: number, style: TextStyle): number {
    return this.wrap(text, width, style).lines.length * style.size * LINE_HEIGHT;
  }

  /** Writes `text` from the top of `spot`, wrapped to its width; returns the height used. */
  write(text: string, spot: TextSpot, style: TextStyle): number {
    const bold = style.bold ?? false;
    const lineHeight = style.size * LINE_HEIGHT;
    const { lines, stats } = this.wrap(text, spot.w, style);
    this.stats.split += stats.split;
    this.stats.clamped += stats.clamped;
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
