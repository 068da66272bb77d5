import { beforeAll, describe, expect, it } from 'vitest';
import { helveticaMeasure } from '../../tests/support/sheet-measure';
import type { TextMeasure } from './sheet-layout';
import { clampLines, sanitize, wrap } from './text-tools';

let m: TextMeasure;
beforeAll(async () => {
  m = await helveticaMeasure();
});

describe('sanitize', () => {
  it('swaps typographic characters for plain ones and drops what the font cannot encode', () => {
    expect(sanitize('Hold – don’t “push” → 60 s… ≥ 3\nsets 🙂 Łódź', m)).toBe('Hold - don\'t "push" -> 60 s... >= 3 sets ód');
  });
  it('keeps Latin-1 such as × and é', () => {
    expect(sanitize('2 × 10, café', m)).toBe('2 × 10, café');
  });
});

describe('wrap and clampLines', () => {
  it('wraps on spaces within the width', () => {
    const lines = wrap('Elbows under shoulders, body in one line', 80, 8, false, m);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(m.width(line, 8, false)).toBeLessThanOrEqual(80);
    expect(lines.join(' ')).toBe('Elbows under shoulders, body in one line');
  });
  it('splits a word longer than a line', () => {
    const lines = wrap('Supercalifragilisticexpialidocious', 40, 9, true, m);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of lines) expect(m.width(line, 9, true)).toBeLessThanOrEqual(40);
  });
  it('clamps to a line count with an ellipsis that fits', () => {
    const lines = clampLines('one two three four five six seven eight nine ten', 50, 8, false, 2, m);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/\.\.\.$/);
    expect(m.width(lines[1]!, 8, false)).toBeLessThanOrEqual(50);
  });
});
