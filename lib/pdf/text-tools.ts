import type { TextMeasure } from './sheet-layout';

// Characters the standard fonts cannot encode, mapped to plain equivalents.
const REPLACEMENTS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u2026': '...', '\u2192': '->', '\u2190': '<-', '\u2265': '>=', '\u2264': '<=', '\u00A0': ' ', '\u2009': ' ', '\u202F': ' ',
};

/** Makes text safe for the sheet's font: known look-alikes swapped in, line breaks folded, the rest dropped. */
export function sanitize(text: string, measure: TextMeasure): string {
  let out = '';
  for (const ch of text.replace(/\s+/g, ' ')) {
    const swap = REPLACEMENTS[ch] ?? ch;
    for (const c of swap) if (measure.canEncode(c.codePointAt(0)!)) out += c;
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

/** What wrapping had to do that a reader would notice: words split across lines, text cut short. */
export interface WrapStats {
  split: number;
  clamped: number;
}

/**
 * Greedy word wrap to `maxWidth`; a word longer than a line is split. Lines are measured word by
 * word, and exactly only when close to the edge, so wrapping stays fast.
 */
export function wrap(text: string, maxWidth: number, size: number, bold: boolean, measure: TextMeasure, stats?: WrapStats): string[] {
  const width = (s: string) => measure.width(s, size, bold);
  const fits = (s: string) => width(s) <= maxWidth;
  const space = width(' ');
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(' ').filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    const estimate = line ? lineWidth + space + width(word) : width(word);
    // Kerning can shift a sum by a hair: measure the whole line only near the edge.
    if (estimate <= maxWidth - 1 || (estimate <= maxWidth + 1 && fits(next))) {
      line = next;
      lineWidth = estimate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (!fits(rest)) {
      if (stats) stats.split++;
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
    lineWidth = width(rest);
  }
  if (line) lines.push(line);
  return lines;
}

/** Wraps and keeps at most `maxLines`, ending a cut line with an ellipsis that still fits. */
export function clampLines(text: string, maxWidth: number, size: number, bold: boolean, maxLines: number, measure: TextMeasure, stats?: WrapStats): string[] {
  const lines = wrap(text, maxWidth, size, bold, measure, stats);
  if (lines.length <= maxLines) return lines;
  if (stats) stats.clamped++;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && measure.width(`${last}...`, size, bold) > maxWidth) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}...`;
  return kept;
}
