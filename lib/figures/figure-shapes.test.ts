import { describe, expect, it } from 'vitest';
import type { Figure, Pose } from '../schemas/pose';
import { bodyShapes, extent, mirror, placedBody, sceneShapes, type Shape } from './figure-shapes';
import { solvePose } from './solve-pose';

const STAND: Pose = { at: [50, 50], pelvis: 0, arm: [0, 0], farArm: [0, 0], leg: [0, 0], farLeg: [0, 0] };
const outline = (shapes: Shape[]) => shapes.map((s) => `${s.kind} ${s.tone} ${s.kind === 'dot' ? s.r : s.width}`);

describe('bodyShapes', () => {
  it('draws the far arm and leg first, then the trunk, neck, nose and head, then the near leg and arm', () => {
    expect(outline(bodyShapes(solvePose(STAND)))).toEqual([
      'line far 4.5', 'line far 4.5', 'line far 3', 'line far 4.5', 'line far 4.5', 'line far 3.5',
      'line near 9', 'line near 4', 'line near 4', 'dot near 6.5',
      'line near 4.5', 'line near 4.5', 'line near 3.5', 'line near 4.5', 'line near 4.5', 'line near 3',
    ]);
  });

  it('seen from the front, draws a broader trunk and no nose', () => {
    expect(outline(bodyShapes(solvePose(STAND, 'front'), 'front'))).toEqual([
      'line far 4.5', 'line far 4.5', 'line far 3', 'line far 4.5', 'line far 4.5', 'line far 3.5',
      'line near 13', 'line near 4', 'dot near 6.5',
      'line near 4.5', 'line near 4.5', 'line near 3.5', 'line near 4.5', 'line near 4.5', 'line near 3',
    ]);
  });
});

describe('extent', () => {
  it.each<[Shape, [number, number, number, number]]>([
    [{ kind: 'line', from: [10, 20], to: [30, 5], width: 4, tone: 'near' }, [8, 3, 32, 22]],
    [{ kind: 'dot', at: [50, 40], r: 6, tone: 'near' }, [44, 34, 56, 46]],
    [{ kind: 'ring', at: [50, 40], r: 10, width: 2, tone: 'prop' }, [39, 29, 61, 51]],
    [{ kind: 'poly', points: [[10, 50], [20, 30], [40, 60]], width: 2, tone: 'prop' }, [9, 29, 41, 61]],
    // An arrow's bend (via) may stand outside the line from its start to its end.
    [{ kind: 'arrow', from: [20, 80], via: [0, 0], to: [40, 60], width: 2, tone: 'motion' }, [19, 59, 41, 81]],
  ])('%j reaches %j, stroke included', (shape, box) => expect(extent(shape)).toEqual(box));
});

describe('mirror', () => {
  it('flips every kind of shape left to right about the middle of the box', () => {
    expect(mirror({ kind: 'line', from: [10, 20], to: [30, 5], width: 4, tone: 'near' })).toEqual({ kind: 'line', from: [90, 20], to: [70, 5], width: 4, tone: 'near' });
    expect(mirror({ kind: 'dot', at: [20, 40], r: 6, tone: 'near' })).toEqual({ kind: 'dot', at: [80, 40], r: 6, tone: 'near' });
    expect(mirror({ kind: 'poly', points: [[10, 50], [25, 30]], width: 2, tone: 'prop' })).toEqual({ kind: 'poly', points: [[90, 50], [75, 30]], width: 2, tone: 'prop' });
    expect(mirror({ kind: 'arrow', from: [20, 80], via: [5, 0], to: [40, 60], width: 2, tone: 'motion' })).toEqual({ kind: 'arrow', from: [80, 80], via: [95, 0], to: [60, 60], width: 2, tone: 'motion' });
  });
});

describe('placedBody', () => {
  it('sets the body down on the floor, or leaves it where it is posed in the water', () => {
    const lowest = (figure: Figure) => Math.max(...placedBody(figure, STAND).map((s) => extent(s)[3]));
    expect(lowest({ positions: [STAND, STAND] })).toBeCloseTo(100);
    // Unmoved: the ankle at 50 + 19 + 18 = 87, plus half the shin's 4.5 stroke.
    expect(lowest({ positions: [STAND, STAND], floor: false })).toBeCloseTo(89.25);
  });
});

describe('sceneShapes', () => {
  const props: Figure['props'] = [
    { kind: 'wall', x: 0 },
    { kind: 'seat', x: 20, w: 30, h: 40, back: true },
    { kind: 'step', x: 60, w: 20, h: 10 },
    { kind: 'mat', x: 5, w: 50 },
    { kind: 'rug', x: 10, y: 20, w: 30, h: 40 },
    { kind: 'bike', x: 10 },
    { kind: 'water', y: 30 },
  ];

  it('draws the floor, then each prop moved across with the figure; water spans the whole box', () => {
    const [floor, wall, ...rest] = sceneShapes({ positions: [STAND, STAND], props });
    expect(floor).toEqual({ kind: 'line', from: [0, 100], to: [100, 100], width: 1.5, tone: 'prop' });
    expect(wall!.kind).toBe('line');
    // The wall stands at x 0 before the figure and its props are centred together: that move is dx.
    const dx = (wall as Extract<Shape, { kind: 'line' }>).from[0];
    expect(dx).toBeGreaterThan(0);
    const line = (from: [number, number], to: [number, number], width: number) => ({ kind: 'line', from: [from[0] + dx, from[1]], to: [to[0] + dx, to[1]], width, tone: 'prop' });
    const poly = (points: [number, number][]) => ({ kind: 'poly', points: points.map(([x, y]) => [x + dx, y]), width: 2, tone: 'prop' });
    expect(wall).toEqual(line([0, 2], [0, 98], 3));
    expect(rest).toEqual([
      // The seat: its top at 100 - h, two legs down to the floor, a back rising 24 above the seat at its far end.
      line([20, 60], [50, 60], 3),
      line([21, 60], [21, 99], 2),
      line([49, 60], [49, 99], 2),
      line([49, 60], [49, 36], 2),
      poly([[60, 99], [60, 90], [80, 90], [80, 99]]),
      line([5, 98.5], [55, 98.5], 3),
      poly([[10, 20], [40, 20], [40, 60], [10, 60], [10, 20]]),
      { kind: 'ring', at: [10 + dx, 86], r: 12, width: 2, tone: 'prop' },
      { kind: 'ring', at: [56 + dx, 86], r: 12, width: 2, tone: 'prop' },
      poly([[56, 86], [36, 84], [42, 60], [36, 84], [16, 58], [10, 86]]),
      line([38, 59], [46, 59], 3),
      line([12, 56], [18, 56], 3),
      {
        kind: 'poly',
        points: [[2, 28.8], [7, 31.2], [12, 28.8], [17, 31.2], [22, 28.8], [27, 31.2], [32, 28.8], [37, 31.2], [42, 28.8], [47, 31.2], [52, 28.8], [57, 31.2], [62, 28.8], [67, 31.2], [72, 28.8], [77, 31.2], [82, 28.8], [87, 31.2], [92, 28.8], [97, 31.2]],
        width: 2,
        tone: 'water',
      },
    ]);
  });

  it('draws a seat without a back as its top and legs only, and no floor in the water', () => {
    const shapes = sceneShapes({ positions: [STAND, STAND], floor: false, props: [{ kind: 'seat', x: 20, w: 30, h: 40 }] });
    expect(shapes.map((s) => s.kind)).toEqual(['line', 'line', 'line']);
  });
});
