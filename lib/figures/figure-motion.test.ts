import { describe, expect, it } from 'vitest';
import type { Figure, Pose } from '../schemas/pose';
import { between, figureArrow, figureFrames } from './figure-motion';

const STAND: Pose = { at: [50, 50], pelvis: 0, arm: [0, 0], farArm: [0, 0], leg: [0, 0], farLeg: [0, 0] };
const SQUAT: Pose = { ...STAND, trunk: 30, leg: [100, 100], farLeg: [100, 100] };

describe('figureFrames', () => {
  it('goes out, holds, comes back and rests at the tempo: a slow lowering takes most of the time', () => {
    const figure: Figure = { positions: [STAND, SQUAT], tempo: [3, 1, 1, 1] };
    const { poses, times, seconds } = figureFrames(figure);
    expect(seconds).toBe(6);
    expect(times[0]).toBe(0);
    expect(times.at(-1)).toBe(1);
    expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true);
    // The bottom is reached at 3 s of 6 and held until 4 s.
    const bottom = poses.map((p, i) => [p.leg[0], times[i]!] as const).filter(([hip]) => hip === 100).map(([, t]) => t);
    expect(bottom).toEqual([0.5, expect.closeTo(4 / 6)]);
    expect(poses[0]).toEqual(between(STAND, SQUAT, 0));
    expect(poses.at(-1)).toEqual(poses[0]);
  });

  it('passes through the middle position on the way out and on the way back', () => {
    const middle = { ...STAND, leg: [45, 0] } as Pose;
    const { poses } = figureFrames({ positions: [STAND, middle, SQUAT] });
    expect(poses.filter((p) => p.leg[0] === 45 && p.leg[1] === 0)).toHaveLength(2);
  });
});

describe('figureArrow', () => {
  it('follows the joint that travels furthest, from where it starts to where it ends', () => {
    const arrow = figureArrow({ positions: [STAND, { ...STAND, arm: [180, 0] }] })!;
    expect(arrow.kind).toBe('arrow');
    // The hand goes from hip height to overhead: the arrow points up.
    expect(arrow.to[1]).toBeLessThan(arrow.from[1]);
  });

  it('draws none when nothing travels far, or when the figure says so', () => {
    expect(figureArrow({ positions: [STAND, { ...STAND, arm: [5, 0] }] })).toBeNull();
    expect(figureArrow({ positions: [STAND, SQUAT], arrow: 'none' })).toBeNull();
  });
});

describe('figureArrow on a short move', () => {
  it('still draws a shaft longer than its head', () => {
    const rise = figureArrow({ positions: [STAND, { ...STAND, leg: [0, 0, 60], farLeg: [0, 0, 60] }], arrow: 'head' })!;
    expect(Math.hypot(rise.to[0] - rise.from[0], rise.to[1] - rise.from[1])).toBeGreaterThanOrEqual(15.9);
    expect(rise.to[1]).toBeLessThan(rise.from[1]);
  });
});

describe('figureFrames for a held position', () => {
  it('goes into the position once, at the tempo out, and ends there', () => {
    const { poses, times, seconds } = figureFrames({ positions: [STAND, SQUAT], tempo: [2, 5, 1, 1], hold: true });
    expect(seconds).toBe(2);
    expect(times.at(-1)).toBe(1);
    expect(poses.at(-1)).toEqual(between(STAND, SQUAT, 1));
  });
});
