import { describe, expect, it } from 'vitest';
import { motionArrow } from './motion-arrow';

const numbers = (path: string) => path.match(/-?\d+(\.\d+)?/g)!.map(Number);

describe('motionArrow', () => {
  it('draws the shaft from the start, through the bend, to the end', () => {
    expect(motionArrow([[60, 96], [60, 88], [60, 80]]).shaft).toBe('M 60 96 Q 60 88 60 80');
  });

  it('points the head along the last stretch: an upward arrow has its barbs below the tip', () => {
    const [tipX, tipY, ax, ay, bx, by] = numbers(motionArrow([[60, 96], [60, 88], [60, 80]]).head);
    expect([tipX, tipY]).toEqual([60, 80]);
    expect(ay).toBeGreaterThan(tipY!);
    expect(by).toBeGreaterThan(tipY!);
    expect((ax! + bx!) / 2).toBeCloseTo(60, 5);
  });

  it('follows a bend: a curve ending leftwards has its barbs to the right of the tip', () => {
    const [tipX, , ax, , bx] = numbers(motionArrow([[42, 26], [50, 8], [30, 20]]).head);
    expect(ax).toBeGreaterThan(tipX!);
    expect(bx).toBeGreaterThan(tipX!);
  });
});
