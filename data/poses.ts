import type { Pose } from '../lib/schemas/pose';

// Side-on stick figures in a 100 x 100 box, facing left, ground at y = 100.
const STAND: Pose = {
  head: [50, 11], neck: [50, 22], hip: [50, 55],
  elbow: [52, 38], hand: [54, 53], knee: [51, 77], foot: [51, 99],
  farElbow: [48, 38], farHand: [46, 53], farKnee: [49, 77], farFoot: [49, 99],
};
const QUADRUPED: Pose = {
  head: [20, 62], neck: [30, 68], hip: [68, 68],
  elbow: [30, 84], hand: [30, 99], knee: [68, 99], foot: [90, 99],
  farElbow: [32, 84], farHand: [32, 99], farKnee: [70, 99], farFoot: [92, 99],
};
const SUPINE_KNEES_BENT: Pose = {
  head: [10, 91], neck: [20, 94], hip: [52, 95],
  elbow: [34, 97], hand: [46, 98], knee: [68, 74], foot: [80, 99],
  farElbow: [36, 97], farHand: [48, 98], farKnee: [70, 74], farFoot: [82, 99],
};
const LUNGE: Pose = {
  head: [48, 24], neck: [48, 35], hip: [48, 64],
  elbow: [50, 50], hand: [54, 62], knee: [32, 80], foot: [32, 99],
  farElbow: [46, 50], farHand: [44, 62], farKnee: [60, 94], farFoot: [74, 99],
};
const JOG: Pose = {
  head: [46, 11], neck: [47, 22], hip: [51, 54],
  elbow: [40, 36], hand: [34, 30], knee: [40, 70], foot: [44, 89],
  farElbow: [56, 38], farHand: [60, 48], farKnee: [56, 76], farFoot: [66, 95],
};
const PLANK: Pose = {
  head: [14, 68], neck: [22, 72], hip: [56, 80],
  elbow: [22, 99], hand: [34, 99], knee: [74, 88], foot: [92, 99],
  farElbow: [24, 99], farHand: [36, 99], farKnee: [75, 89], farFoot: [93, 99],
};

/** The pose library: every exercise names one of these by id. */
export const POSES = {
  stand: STAND,
  jog: JOG,
  march: { ...STAND, knee: [38, 58], foot: [40, 80], elbow: [44, 34], hand: [38, 26], farElbow: [56, 38], farHand: [60, 48], motion: [[26, 82], [26, 72], [26, 60]] },
  'a-skip': { ...JOG, knee: [34, 56], foot: [38, 78], farKnee: [54, 78], farFoot: [52, 99] },
  'butt-kick': { ...JOG, knee: [52, 76], foot: [64, 60], farKnee: [46, 77], farFoot: [46, 99] },
  'leg-swing-front': { ...STAND, knee: [38, 72], foot: [26, 86], farElbow: [40, 32], farHand: [28, 30], prop: [[26, 10], [26, 100]], motion: [[72, 90], [54, 100], [36, 96]] },
  'leg-swing-side': { ...STAND, knee: [60, 76], foot: [70, 96], elbow: [60, 34], hand: [70, 30] },
  'hip-circle': { ...STAND, knee: [40, 62], foot: [48, 80], hand: [56, 56], farHand: [44, 56], motion: [[36, 80], [14, 66], [30, 48]] },
  'walking-lunge': { ...LUNGE, elbow: [40, 44], hand: [32, 36], farElbow: [56, 48], farHand: [60, 58] },
  'cat-cow': { ...QUADRUPED, head: [20, 72], neck: [30, 70], hip: [68, 66] },
  'thoracic-rotation': { ...QUADRUPED, elbow: [34, 52], hand: [38, 36], motion: [[18, 86], [6, 52], [28, 34]] },
  'worlds-greatest-stretch': { ...LUNGE, head: [30, 50], neck: [36, 56], hip: [52, 72], hand: [28, 99], elbow: [32, 78], farElbow: [38, 40], farHand: [40, 24], knee: [30, 80], foot: [28, 99], farKnee: [70, 90], farFoot: [86, 99] },
  plank: PLANK,
  'plank-shoulder-tap': { ...PLANK, neck: [24, 62], head: [16, 58], hip: [58, 74], elbow: [24, 80], hand: [24, 99], farElbow: [30, 72], farHand: [26, 62] },
  'kneeling-plank': { ...PLANK, hip: [54, 84], knee: [74, 99], foot: [90, 90], farKnee: [75, 99], farFoot: [91, 91] },
  'side-plank-kneeling': { ...PLANK, hip: [52, 86], knee: [70, 99], foot: [88, 90], farKnee: [71, 99], farFoot: [89, 91], elbow: [22, 99], hand: [36, 99], farElbow: [36, 74], farHand: [48, 84] },
  'side-plank': { ...PLANK, hip: [54, 82], farElbow: [38, 72], farHand: [50, 80] },
  bridge: { ...SUPINE_KNEES_BENT, hip: [50, 72], knee: [68, 64], farKnee: [70, 64], motion: [[54, 99], [54, 91], [54, 80]] },
  'hip-thrust': { head: [12, 50], neck: [20, 56], hip: [50, 62], elbow: [26, 66], hand: [34, 62], knee: [68, 62], foot: [72, 99], farElbow: [28, 67], farHand: [36, 63], farKnee: [70, 63], farFoot: [74, 99], prop: [[0, 62], [24, 62]], motion: [[50, 90], [50, 80], [50, 68]] },
  'bridge-march': { ...SUPINE_KNEES_BENT, hip: [50, 72], knee: [56, 48], foot: [70, 56], farKnee: [70, 64], motion: [[84, 66], [84, 56], [84, 46]] },
  'single-leg-bridge': { ...SUPINE_KNEES_BENT, hip: [50, 72], knee: [68, 62], foot: [86, 54], farKnee: [70, 64] },
  'bird-dog': { ...QUADRUPED, elbow: [14, 66], hand: [4, 64], farKnee: [82, 68], farFoot: [97, 66] },
  'dead-bug': { ...SUPINE_KNEES_BENT, elbow: [22, 74], hand: [24, 60], knee: [52, 74], foot: [68, 74], farElbow: [12, 84], farHand: [4, 80], farKnee: [68, 90], farFoot: [86, 90] },
  squat: { head: [36, 32], neck: [40, 42], hip: [62, 70], elbow: [28, 46], hand: [16, 46], knee: [40, 72], foot: [48, 99], farElbow: [30, 48], farHand: [18, 48], farKnee: [42, 73], farFoot: [50, 99], motion: [[78, 50], [78, 60], [78, 72]] },
  'tempo-squat': { head: [40, 24], neck: [42, 34], hip: [58, 60], elbow: [30, 40], hand: [18, 40], knee: [42, 76], foot: [48, 99], farElbow: [32, 42], farHand: [20, 42], farKnee: [44, 77], farFoot: [50, 99], motion: [[76, 40], [76, 52], [76, 66]] },
  'split-squat': LUNGE,
  'reverse-lunge': { ...LUNGE, farKnee: [62, 90], farFoot: [80, 97], hand: [50, 64], farHand: [46, 64] },
  clamshell: { head: [10, 84], neck: [20, 88], hip: [56, 92], elbow: [14, 98], hand: [8, 92], knee: [70, 72], foot: [82, 96], farElbow: [38, 90], farHand: [50, 88], farKnee: [72, 97], farFoot: [84, 99], motion: [[84, 88], [88, 72], [78, 62]] },
  'single-leg-balance': { ...STAND, knee: [56, 70], foot: [64, 82], elbow: [40, 30], hand: [28, 30], farElbow: [60, 30], farHand: [72, 30] },
  'calf-raise': { ...STAND, head: [50, 7], neck: [50, 18], hip: [50, 51], elbow: [52, 34], hand: [54, 49], knee: [51, 73], foot: [49, 95], farElbow: [48, 34], farHand: [46, 49], farKnee: [49, 73], farFoot: [47, 95], motion: [[64, 98], [64, 88], [64, 76]] },
  'wall-angel': { ...STAND, elbow: [56, 18], hand: [54, 4], farElbow: [58, 20], farHand: [57, 6], prop: [[60, 0], [60, 100]], motion: [[40, 40], [40, 28], [40, 14]] },
  'pelvic-tilt': { ...SUPINE_KNEES_BENT, motion: [[38, 82], [50, 74], [58, 86]] },
  'hamstring-stretch': { head: [30, 36], neck: [36, 42], hip: [56, 58], elbow: [40, 56], hand: [40, 66], knee: [38, 80], foot: [22, 99], farElbow: [42, 56], farHand: [42, 68], farKnee: [60, 78], farFoot: [58, 99] },
  'hip-flexor-stretch': { head: [48, 28], neck: [48, 38], hip: [52, 70], elbow: [46, 56], hand: [40, 72], knee: [32, 78], foot: [32, 99], farElbow: [52, 56], farHand: [54, 70], farKnee: [60, 99], farFoot: [80, 99] },
  'figure-four': { head: [10, 91], neck: [20, 94], hip: [52, 95], elbow: [44, 84], hand: [58, 74], knee: [70, 72], foot: [58, 70], farElbow: [46, 85], farHand: [60, 76], farKnee: [60, 66], farFoot: [78, 78] },
  'quad-stretch': { ...STAND, knee: [51, 78], foot: [60, 60], hand: [60, 60], elbow: [58, 46], farElbow: [40, 30], farHand: [30, 24] },
  'calf-stretch': { head: [30, 22], neck: [34, 31], hip: [54, 56], elbow: [26, 34], hand: [18, 32], knee: [38, 78], foot: [36, 99], farElbow: [28, 36], farHand: [18, 36], farKnee: [68, 78], farFoot: [82, 99], prop: [[16, 0], [16, 100]] },
  'childs-pose': { head: [22, 93], neck: [30, 89], hip: [62, 86], elbow: [16, 97], hand: [4, 99], knee: [42, 99], foot: [68, 99], farElbow: [18, 97], farHand: [6, 99], farKnee: [44, 99], farFoot: [70, 99] },
  'doorway-chest-stretch': { ...STAND, elbow: [62, 22], hand: [64, 10], prop: [[66, 0], [66, 100]] },
  'lying-on-elbows': { head: [12, 68], neck: [20, 76], hip: [54, 95], elbow: [22, 99], hand: [10, 99], knee: [74, 98], foot: [94, 98], farElbow: [24, 99], farHand: [12, 99], farKnee: [75, 99], farFoot: [95, 99] },
  'knee-to-chest': { ...SUPINE_KNEES_BENT, knee: [38, 66], foot: [52, 76], elbow: [30, 80], hand: [38, 70], farElbow: [32, 82], farHand: [40, 72] },
  walk: { ...STAND, head: [48, 11], neck: [49, 22], knee: [42, 77], foot: [38, 99], farKnee: [56, 77], farFoot: [60, 99], elbow: [44, 38], hand: [40, 52], farElbow: [54, 38], farHand: [58, 52] },
  swimming: { head: [16, 58], neck: [24, 62], hip: [58, 64], elbow: [10, 56], hand: [2, 60], knee: [74, 62], foot: [92, 64], farElbow: [40, 70], farHand: [52, 72], farKnee: [76, 68], farFoot: [94, 70], prop: [[0, 58], [100, 58]] },
  'aqua-jogging': { ...JOG, foot: [44, 84], farFoot: [62, 88], prop: [[0, 30], [100, 30]] },
  cycling: { head: [30, 20], neck: [36, 28], hip: [62, 46], elbow: [26, 38], hand: [20, 50], knee: [42, 56], foot: [52, 78], farElbow: [28, 40], farHand: [22, 52], farKnee: [46, 48], farFoot: [62, 62], prop: [[56, 50], [70, 50]] },
  elliptical: { ...JOG, hand: [30, 40], elbow: [38, 44], farHand: [44, 28], farElbow: [52, 34], foot: [42, 96], farFoot: [62, 99], knee: [42, 76], farKnee: [58, 78] },
  pilates: { head: [14, 80], neck: [22, 86], hip: [52, 95], elbow: [34, 88], hand: [46, 88], knee: [68, 82], foot: [84, 70], farElbow: [36, 89], farHand: [48, 89], farKnee: [69, 83], farFoot: [85, 71] },
  yoga: { head: [30, 80], neck: [34, 70], hip: [56, 40], elbow: [26, 84], hand: [18, 99], knee: [68, 70], foot: [80, 99], farElbow: [28, 85], farHand: [20, 99], farKnee: [69, 71], farFoot: [82, 99] },
  'stand-reach': { ...STAND, elbow: [48, 14], hand: [46, 2], farElbow: [52, 14], farHand: [54, 2] },
  'standing-hip-flexor': { ...LUNGE, head: [44, 12], neck: [45, 23], hip: [48, 54], knee: [34, 74], foot: [30, 99], farKnee: [60, 78], farFoot: [72, 99], hand: [50, 54], farHand: [46, 54] },
  'back-extension': { ...STAND, head: [56, 12], neck: [54, 23], hip: [48, 55], elbow: [60, 40], hand: [54, 56], farElbow: [58, 42], farHand: [52, 58], motion: [[50, 2], [64, 0], [70, 12]] },
  'shoulder-roll': { ...STAND, elbow: [52, 36], hand: [52, 51], farElbow: [48, 36], farHand: [48, 51], neck: [50, 21], motion: [[58, 4], [74, 12], [64, 30]] },
} satisfies Record<string, Pose>;

export type PoseId = keyof typeof POSES;
