import { legTo } from '../lib/figures/reach';
import type { Figure, Pose } from '../lib/schemas/pose';

// Jointed figures in a 100 x 100 box, y down. Side views face left and show the left side (the
// near limbs); the right side is the mirror image. Each body is set down on the floor by its lowest
// point, so `at` places it across; its height counts only in the water and on a bike.
// Angles: see PoseSchema. `p(base, changes)` is a position that differs from a base in a few joints.
const p = (base: Pose, changes: Partial<Pose>): Pose => ({ ...base, ...changes });

const STAND: Pose = { at: [50, 55], pelvis: 0, arm: [8, 15], farArm: [-8, 15], leg: [0, 0], farLeg: [0, 0] };
/** On hands and knees, facing left: back level, hands under the shoulders, knees under the hips. */
const ALL_FOURS: Pose = { at: [66, 70], pelvis: -80, arm: [80, 0, 90], farArm: [80, 0, 90], leg: [80, 90, 90], farLeg: [80, 90, 90] };
/** On the back, head to the right, knees bent and feet flat. */
const BACK: Pose = { at: [50, 94], pelvis: 90, arm: [2, 0], farArm: [2, 0], leg: legTo(90, -26, 0), farLeg: legTo(90, -26, 0) };
/** The top of a bridge: hips lifted in line with shoulders and knees, the same feet flat. */
const BRIDGE_UP: Pose = { ...BACK, pelvis: 113, neck: 23, leg: legTo(113, -24, 10), farLeg: legTo(113, -24, 10) };
/** Face down, head to the left, legs long. */
const FACE_DOWN: Pose = { at: [58, 94], pelvis: -90, arm: [170, 0], farArm: [170, 0], leg: [0, 0, 90], farLeg: [0, 0, 90] };
/** Forearm plank, facing left: body in one line from head to heels. */
const PLANK: Pose = { at: [58, 80], pelvis: -78, arm: [78, 90, 0], farArm: [78, 90, 0], leg: [0, 0, 10], farLeg: [0, 0, 10] };
/** A lunge, near leg in front: front shin upright, back knee just above the floor, back foot on its toes. */
const LUNGE: Pose = { at: [50, 60], pelvis: 0, arm: [10, 20], farArm: [-10, 20], leg: legTo(0, -17, 19), farLeg: legTo(0, 26, 16, 25) };
/** The top of a split squat: the same feet as LUNGE, the hips risen between them. */
const SPLIT_UP: Pose = { ...LUNGE, at: [53, 51], leg: legTo(0, -20, 28), farLeg: legTo(0, 23, 25, 25) };
const RUN_A: Pose = { at: [50, 55], pelvis: 0, trunk: 8, arm: [-35, 95], farArm: [45, 90], leg: [45, 70, 10], farLeg: [-25, 60, 30] };
const RUN_B: Pose = { at: [50, 55], pelvis: 0, trunk: 8, arm: [45, 90], farArm: [-35, 95], leg: [-25, 60, 30], farLeg: [45, 70, 10] };

/** Into a held position (a plank, a stretch): the guided figure moves into it once and stays. */
const HOLD_TEMPO: Figure['tempo'] = [1.5, 3, 1.5, 1];
const SLOW: Figure['tempo'] = [1.5, 0.5, 1.5, 0.5];

/** The figure library: every exercise names one of these by id. */
export const FIGURES = {
  jog: { positions: [RUN_A, RUN_B], tempo: [0.35, 0, 0.35, 0], arrow: 'none', key: 0 },
  walk: { positions: [p(RUN_A, { trunk: 3, arm: [-20, 20], farArm: [25, 20], leg: [25, 5, 0], farLeg: [-15, 10, 10] }), p(RUN_B, { trunk: 3, arm: [25, 20], farArm: [-20, 20], leg: [-15, 10, 10], farLeg: [25, 5, 0] })], tempo: [0.55, 0, 0.55, 0], arrow: 'none', key: 0 },
  march: { positions: [STAND, p(STAND, { arm: [-30, 40], farArm: [40, 70], leg: [90, 95, 20] })], tempo: [0.5, 0.1, 0.5, 0.1], arrow: 'knee' },
  'butt-kick': { positions: [p(RUN_A, { leg: [5, 10, 0] }), p(RUN_A, { leg: [-10, 140, 40] })], tempo: [0.3, 0, 0.3, 0], arrow: 'toe' },
  'a-skip': { positions: [p(RUN_A, { leg: [0, 10, 10] }), p(RUN_A, { leg: [95, 100, 10], arm: [-40, 90], farArm: [50, 90] })], tempo: [0.35, 0.1, 0.35, 0.1], arrow: 'knee' },
  'leg-swing-front': {
    positions: [p(STAND, { arm: [75, 10, 70], farArm: [60, 20], leg: [-35, 15, 10] }), p(STAND, { arm: [75, 10, 70], farArm: [60, 20], leg: [60, 5, 10] })],
    props: [{ kind: 'wall', x: 20 }], arrow: 'toe',
  },
  'hip-circle': {
    view: 'front',
    positions: [p(STAND, { arm: [35, -75], farArm: [35, -75], leg: [10, 110, 60], farLeg: [4, 0, 80] }), p(STAND, { arm: [35, -75], farArm: [35, -75], leg: [75, 110, 60], farLeg: [4, 0, 80] }), p(STAND, { arm: [35, -75], farArm: [35, -75], leg: [5, 5, 80], farLeg: [4, 0, 80] })],
    tempo: SLOW, arrow: 'knee', key: 1,
  },
  'walking-lunge': {
    positions: [p(LUNGE, { at: [66, 60], leg: LUNGE.farLeg, farLeg: LUNGE.leg, arm: [-20, 20], farArm: [20, 20] }), p(STAND, { at: [50, 55], leg: [85, 90, 10], farLeg: [0, 0, 0] }), p(LUNGE, { at: [38, 60] })],
    tempo: [1.6, 0.4, 0.01, 0.3], arrow: 'hip',
  },
  'split-squat': { positions: [SPLIT_UP, LUNGE], tempo: SLOW, arrow: 'hip' },
  'reverse-lunge': { positions: [p(STAND, { at: [47, 55] }), p(LUNGE, { at: [50, 60] })], tempo: SLOW, arrow: 'farToe' },
  'cat-cow': { positions: [p(ALL_FOURS, { trunk: 25, neck: 30 }), p(ALL_FOURS, { trunk: -20, neck: -25 })], tempo: [2, 0.5, 2, 0.5], arrow: 'none', props: [{ kind: 'mat', x: 8, w: 84 }] },
  'thoracic-rotation': { positions: [p(ALL_FOURS, { arm: [80, 0, 90], farArm: [80, 0, 90] }), p(ALL_FOURS, { arm: [-80, 0], neck: -30 })], tempo: SLOW, arrow: 'hand', props: [{ kind: 'mat', x: 8, w: 84 }] },
  'worlds-greatest-stretch': {
    positions: [p(LUNGE, { trunk: 55, arm: [75, 0, 10], farArm: [75, 0, 10], farLeg: [-30, 0, -40] }), p(LUNGE, { trunk: 55, neck: -20, arm: [75, 0, 10], farArm: [-95, 0], farLeg: [-30, 0, -40] })],
    tempo: SLOW, arrow: 'farHand',
  },
  plank: { positions: [p(PLANK, { leg: [10, 90, 90], farLeg: [10, 90, 90], pelvis: -70 }), PLANK], hold: true, tempo: HOLD_TEMPO, arrow: 'none', props: [{ kind: 'mat', x: 8, w: 84 }] },
  'kneeling-plank': { positions: [p(PLANK, { pelvis: -60, leg: [40, 120, 90], farLeg: [40, 120, 90] }), p(PLANK, { pelvis: -70, leg: [0, 90, 90], farLeg: [0, 90, 90] })], hold: true, tempo: HOLD_TEMPO, arrow: 'none', props: [{ kind: 'mat', x: 8, w: 84 }] },
  'plank-shoulder-tap': {
    positions: [p(PLANK, { pelvis: -70, arm: [70, 0, 90], farArm: [70, 0, 90] }), p(PLANK, { pelvis: -70, arm: [20, 150], farArm: [70, 0, 90] })],
    tempo: SLOW, arrow: 'hand', props: [{ kind: 'mat', x: 8, w: 84 }],
  },
  'side-plank': {
    view: 'front',
    positions: [
      { at: [38, 94], pelvis: 88, arm: [88, 90], farArm: [20, -60], leg: [0, 0, 0], farLeg: [0, 0, 0] },
      { at: [40, 80], pelvis: 70, arm: [70, 90], farArm: [110, 0], leg: [0, 0, 0], farLeg: [0, 0, 0] },
    ],
    hold: true, tempo: HOLD_TEMPO, arrow: 'hip', props: [{ kind: 'mat', x: 8, w: 84 }],
  },
  'side-plank-kneeling': {
    view: 'front',
    positions: [
      { at: [46, 94], pelvis: 88, arm: [88, 90], farArm: [20, -60], leg: [10, 90, 0], farLeg: [10, 90, 0] },
      { at: [46, 80], pelvis: 65, arm: [65, 90], farArm: [115, 0], leg: [10, 90, 0], farLeg: [10, 90, 0] },
    ],
    hold: true, tempo: HOLD_TEMPO, arrow: 'hip', props: [{ kind: 'mat', x: 8, w: 84 }],
  },
  bridge: { positions: [BACK, BRIDGE_UP], tempo: SLOW, arrow: 'hip', props: [{ kind: 'mat', x: 8, w: 84 }] },
  'bridge-march': {
    positions: [BRIDGE_UP, p(BRIDGE_UP, { leg: [60, 100, 30] })],
    tempo: SLOW, arrow: 'knee', props: [{ kind: 'mat', x: 8, w: 84 }],
  },
  'single-leg-bridge': {
    positions: [p(BACK, { leg: [45, 0, 10] }), p(BRIDGE_UP, { leg: [0, 0, 10] })],
    tempo: SLOW, arrow: 'hip', props: [{ kind: 'mat', x: 8, w: 84 }],
  },
  'hip-thrust': {
    positions: [
      p(BACK, { at: [40, 90], pelvis: 40, neck: -10, leg: legTo(40, -24, 4), farLeg: legTo(40, -24, 4), arm: [20, 20], farArm: [20, 20] }),
      p(BACK, { at: [32, 78], pelvis: 80, neck: 10, leg: legTo(80, -20, 17), farLeg: legTo(80, -20, 17), arm: [20, 20], farArm: [20, 20] }),
    ],
    props: [{ kind: 'seat', x: 55, w: 34, h: 20 }], tempo: SLOW, arrow: 'hip',
  },
  'bird-dog': { positions: [ALL_FOURS, p(ALL_FOURS, { arm: [172, 0, 0], farLeg: [-6, 0, 30] })], tempo: [1.5, 5, 1.5, 0.5], arrow: 'none', props: [{ kind: 'mat', x: 26, w: 56 }] },
  'dead-bug': {
    positions: [p(BACK, { arm: [90, 0], farArm: [90, 0], leg: [90, 90, 0], farLeg: [90, 90, 0] }), p(BACK, { arm: [175, 0], farArm: [90, 0], leg: [90, 90, 0], farLeg: [15, 0, 20] })],
    tempo: [2, 0.5, 1.5, 0.5], arrow: 'farToe', props: [{ kind: 'mat', x: 8, w: 84 }],
  },
  'pelvic-tilt': { positions: [p(BACK, { pelvis: 84, leg: legTo(84, -26, 0), farLeg: legTo(84, -26, 0) }), p(BACK, { pelvis: 97, leg: legTo(97, -26, 0), farLeg: legTo(97, -26, 0) })], tempo: SLOW, arrow: 'none', props: [{ kind: 'mat', x: 8, w: 84 }] },
  clamshell: {
    view: 'front',
    positions: [
      { at: [40, 90], pelvis: -90, neck: 10, arm: [20, 20], farArm: [180, 135], leg: [-4, -2, 90], farLeg: [4, 4, 90] },
      { at: [40, 90], pelvis: -90, neck: 10, arm: [20, 20], farArm: [180, 135], leg: [35, 70, 90], farLeg: [4, 4, 90] },
    ],
    tempo: SLOW, arrow: 'knee', props: [{ kind: 'mat', x: 8, w: 84 }],
  },
  squat: { positions: [p(STAND, { arm: [70, 10], farArm: [70, 10] }), p(STAND, { trunk: 35, arm: [90, 0], farArm: [90, 0], leg: [100, 100, 0], farLeg: [100, 100, 0] })], tempo: SLOW, arrow: 'hip', props: [{ kind: 'seat', x: 74, w: 20, h: 26, back: true }] },
  'tempo-squat': { positions: [p(STAND, { arm: [80, 10], farArm: [80, 10] }), p(STAND, { trunk: 35, arm: [90, 0], farArm: [90, 0], leg: [100, 100, 0], farLeg: [100, 100, 0] })], tempo: [3, 0.2, 1, 0.5], arrow: 'hip' },
  'single-leg-balance': { positions: [STAND, p(STAND, { arm: [80, 10], farArm: [80, 10], leg: [60, 90, 20] })], props: [{ kind: 'wall', x: 16 }], hold: true, tempo: HOLD_TEMPO, arrow: 'none' },
  'calf-raise': { positions: [STAND, p(STAND, { leg: [0, 0, 55], farLeg: [0, 0, 55] })], tempo: [1, 0.3, 3, 0.3], arrow: 'head' },
  'wall-angel': { view: 'front', positions: [p(STAND, { arm: [80, -80], farArm: [80, -80] }), p(STAND, { arm: [160, -10], farArm: [160, -10] })], tempo: SLOW, arrow: 'hand' },
  'stand-reach': { view: 'front', positions: [p(STAND, { arm: [10, 0], farArm: [10, 0] }), p(STAND, { arm: [160, 0], farArm: [160, 0] })], hold: true, tempo: HOLD_TEMPO, arrow: 'hand' },
  'shoulder-roll': { positions: [p(STAND, { arm: [12, 10], farArm: [12, 10] }), p(STAND, { neck: -5, arm: [-8, 10], farArm: [-8, 10] }), p(STAND, { arm: [-28, 10], farArm: [-28, 10] })], tempo: SLOW, arrow: 'hand' },
  'back-extension': { positions: [p(STAND, { arm: [-20, 70], farArm: [-20, 70] }), p(STAND, { trunk: -25, neck: -10, arm: [-45, 80], farArm: [-45, 80] })], tempo: SLOW, arrow: 'head' },
  'standing-hip-flexor': { positions: [p(LUNGE, { leg: [30, 20, 0], farLeg: [-25, 5, -40], arm: [-10, 120], farArm: [-10, 120] }), p(LUNGE, { leg: [40, 40, 0], farLeg: [-30, 5, -40], trunk: -5, arm: [-10, 120], farArm: [-10, 120] })], hold: true, tempo: HOLD_TEMPO, arrow: 'none' },
  'hamstring-stretch': { positions: [p(STAND, { leg: [25, 0, -20] }), p(STAND, { trunk: 40, arm: [40, 20], farArm: [40, 20], leg: [25, 0, -20], farLeg: [-5, 25, 0] })], hold: true, tempo: HOLD_TEMPO, arrow: 'head' },
  'hip-flexor-stretch': { positions: [p(LUNGE, { farLeg: [0, 90, 90] }), p(LUNGE, { at: [44, 60], leg: [60, 70, 0], farLeg: [-25, 70, 90], trunk: -5 })], props: [{ kind: 'mat', x: 8, w: 84 }], hold: true, tempo: HOLD_TEMPO, arrow: 'hip' },
  'figure-four': {
    // Seen from the ceiling, lying on the back on a mat, head to the right: one ankle across the other thigh makes the 4.
    view: 'front', floor: false,
    positions: [
      { at: [56, 50], pelvis: 90, arm: [20, 0], farArm: [20, 0], leg: [4, 0, 90], farLeg: [4, 0, 90] },
      { at: [56, 50], pelvis: 90, arm: [12, 25], farArm: [12, 25], leg: [58, 150, 70], farLeg: [2, 0, 90] },
    ],
    props: [{ kind: 'rug', x: 4, y: 26, w: 92, h: 48 }], hold: true, tempo: HOLD_TEMPO, arrow: 'knee',
  },
  'knee-to-chest': { positions: [p(BACK, { leg: [45, 90, 45], farLeg: [0, 0, 20] }), p(BACK, { leg: [130, 130, 20], farLeg: [0, 0, 20], arm: [70, 60], farArm: [70, 60] })], hold: true, tempo: HOLD_TEMPO, arrow: 'knee', props: [{ kind: 'mat', x: 8, w: 84 }] },
  'quad-stretch': { positions: [p(STAND, { farArm: [75, 10, 70] }), p(STAND, { farArm: [75, 10, 70], arm: [-40, 20], leg: [-5, 150, 40] })], props: [{ kind: 'wall', x: 22 }], hold: true, tempo: HOLD_TEMPO, arrow: 'toe' },
  'calf-stretch': { positions: [p(STAND, { arm: [80, 20, 60], farArm: [80, 20, 60] }), p(STAND, { trunk: 20, arm: [70, 10, 60], farArm: [70, 10, 60], farLeg: [30, 40, 0], leg: [-25, 0, -25] })], props: [{ kind: 'wall', x: 16 }], hold: true, tempo: HOLD_TEMPO, arrow: 'toe' },
  'childs-pose': { positions: [ALL_FOURS, p(ALL_FOURS, { pelvis: -50, trunk: 65, neck: -15, arm: [205, 0, 0], farArm: [205, 0, 0], leg: [95, 135, 90], farLeg: [95, 135, 90] })], hold: true, tempo: HOLD_TEMPO, arrow: 'hip', props: [{ kind: 'mat', x: 8, w: 84 }] },
  'doorway-chest-stretch': { positions: [p(STAND, { arm: [-80, 260] }), p(STAND, { at: [44, 55], trunk: -5, arm: [-100, 280], leg: [25, 10, 0] })], props: [{ kind: 'wall', x: 66 }], hold: true, tempo: HOLD_TEMPO, arrow: 'none' },
  'lying-on-elbows': { positions: [FACE_DOWN, p(FACE_DOWN, { trunk: -30, neck: -10, arm: [85, 90, 0], farArm: [85, 90, 0] })], hold: true, tempo: HOLD_TEMPO, arrow: 'head', props: [{ kind: 'mat', x: 8, w: 84 }] },
  pilates: { positions: [p(BACK, { leg: [90, 90, 0], farLeg: [90, 90, 0] }), p(BACK, { trunk: 30, neck: 20, arm: [40, 0], farArm: [40, 0], leg: [90, 90, 0], farLeg: [90, 90, 0] })], tempo: SLOW, arrow: 'head', props: [{ kind: 'mat', x: 8, w: 84 }] },
  yoga: { positions: [ALL_FOURS, { at: [56, 50], pelvis: -135, arm: [175, 0, 50], farArm: [175, 0, 50], leg: [100, 0, -35], farLeg: [100, 0, -35] }], hold: true, tempo: HOLD_TEMPO, arrow: 'hip', props: [{ kind: 'mat', x: 8, w: 84 }] },
  swimming: {
    floor: false,
    positions: [
      { at: [60, 58], pelvis: -85, neck: -10, arm: [145, 30], farArm: [20, 30], leg: [10, 40, 60], farLeg: [-10, 10, 60] },
      { at: [60, 58], pelvis: -85, neck: -10, arm: [20, 30], farArm: [145, 30], leg: [-10, 10, 60], farLeg: [10, 40, 60] },
    ],
    props: [{ kind: 'water', y: 50 }], tempo: [0.8, 0, 0.8, 0], arrow: 'none',
  },
  'aqua-jogging': { floor: false, positions: [p(RUN_A, { at: [50, 56] }), p(RUN_B, { at: [50, 56] })], props: [{ kind: 'water', y: 34 }], tempo: [0.6, 0, 0.6, 0], arrow: 'none' },
  cycling: {
    floor: false,
    positions: [
      { at: [50, 54], pelvis: 0, trunk: 50, arm: [65, 30], farArm: [65, 30], leg: legTo(0, -13, 30, 80), farLeg: legTo(0, 1, 34, 70) },
      { at: [50, 54], pelvis: 0, trunk: 50, arm: [65, 30], farArm: [65, 30], leg: legTo(0, 1, 34, 70), farLeg: legTo(0, -13, 30, 80) },
    ],
    props: [{ kind: 'bike', x: 20 }], tempo: [0.5, 0, 0.5, 0], arrow: 'none',
  },
  elliptical: { positions: [p(RUN_A, { trunk: 3, arm: [30, 80], farArm: [10, 90], leg: [30, 30, 0], farLeg: [-10, 10, 10] }), p(RUN_B, { trunk: 3, arm: [10, 90], farArm: [30, 80], leg: [-10, 10, 10], farLeg: [30, 30, 0] })], tempo: [0.7, 0, 0.7, 0], arrow: 'none' },
} satisfies Record<string, Figure>;

export type FigureId = keyof typeof FIGURES;
