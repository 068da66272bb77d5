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

describe('figureArrow, where it runs', () => {
  const close = (arrow: ReturnType<typeof figureArrow>, from: [number, number], via: [number, number], to: [number, number]) => {
    expect(arrow).toMatchObject({ kind: 'arrow', width: 2.5, tone: 'motion' });
    for (const [got, want] of [[arrow!.from, from], [arrow!.via, via], [arrow!.to, to]] as const) {
      expect(got[0]).toBeCloseTo(want[0], 2);
      expect(got[1]).toBeCloseTo(want[1], 2);
    }
  };

  it('bows a two-position path outwards, away from the hips, set off the body', () => {
    // The hand rises from hip height to overhead; the arrow runs beside it, behind the body (right).
    close(figureArrow({ positions: [STAND, { ...STAND, arm: [180, 0] }] }), [60.825, 58.7], [72.3, 35.75], [60.825, 12.8]);
    // A squat: the head goes down and forward.
    close(figureArrow({ positions: [STAND, SQUAT] }), [52.282, 22.774], [38.989, 30.5], [37.195, 45.771]);
  });

  it('bends a three-position path through the middle position', () => {
    // Out in front (left) at shoulder height on the way up.
    close(figureArrow({ positions: [STAND, { ...STAND, arm: [90, 0] }, { ...STAND, arm: [180, 0] }] }), [59.9, 58.7], [14, 35.75], [59.9, 12.8]);
  });

  it('keeps inside the box and grows a short arrow to its least length', () => {
    close(figureArrow({ positions: [STAND, { ...STAND, leg: [90, 0] }] }), [49.691, 97], [27.591, 87.193], [24.191, 62.118]);
    close(figureArrow({ positions: [STAND, { ...STAND, leg: [0, 0, 60], farLeg: [0, 0, 60] }], arrow: 'head' }), [59.009, 30.469], [60.191, 22.469], [59.009, 14.469]);
  });

  it('needs less travel for a joint the figure names, and none for the start position', () => {
    const small = { ...STAND, arm: [12, 0] } as Pose;
    expect(figureArrow({ positions: [STAND, small] })).toBeNull();
    close(figureArrow({ positions: [STAND, small], arrow: 'hand' }), [56.196, 70.463], [48.114, 70.82], [40.283, 68.791]);
    expect(figureArrow({ positions: [STAND, { ...STAND, arm: [180, 0] }], key: 0 })).toBeNull();
  });
});

describe('figureFrames, the keyframes', () => {
  it('adds no hold or rest frame when the tempo has none: six frames out, six back', () => {
    const { times } = figureFrames({ positions: [STAND, { ...STAND, arm: [90, 0] }], tempo: [1, 0, 1, 0] });
    expect(times.map((t) => Math.round(t * 12))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('takes 3 s at the default tempo, with a frame for the hold and one for the rest', () => {
    const { times, seconds } = figureFrames({ positions: [STAND, { ...STAND, arm: [90, 0] }] });
    expect(seconds).toBe(3);
    expect(times).toHaveLength(15);
  });
});
