import type { Exercise } from '../../lib/schemas/exercise';
import { ramp } from './ramp';

/** Strength work, 2 to 3 non-consecutive days a week. Families progress through their variants by week. */
export const STRENGTH = [
  {
    id: 'front-plank', name: 'Front plank', type: 'strength', family: 'plank', selection: 'everyone', causes: ['weak-core', 'posture'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 2, seconds: 20 }, { sets: 3, seconds: 60 }), avoid: [], figure: 'plank',
    cues: ['Elbows under shoulders, body in one line', 'Squeeze your seat, breathe slowly'],
  },
  {
    // Only in week 1, for a tested front plank under 10 s: the knees take some of the load.
    id: 'kneeling-plank', name: 'Plank on knees', type: 'strength', family: 'plank', selection: 'everyone', causes: ['weak-core', 'posture'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 2, seconds: 15 }, { sets: 3, seconds: 30 }), avoid: [], onlyWhen: ['plank-under-10s'], figure: 'kneeling-plank',
    cues: ['Elbows under shoulders, knees down', 'Hips in line from knees to head'],
  },
  {
    id: 'plank-shoulder-taps', name: 'Plank shoulder taps', type: 'strength', family: 'plank', selection: 'everyone', causes: ['weak-core'],
    fromWeek: 6, highImpact: false, dosage: ramp({ sets: 2, reps: 8, perSide: true }, { sets: 3, reps: 12 }), avoid: ['disc-diagnosis', 'severe-pain'], figure: 'plank-shoulder-tap',
    cues: ['High plank, feet a little wider', 'Tap a shoulder without rocking the hips'],
  },
  {
    id: 'side-plank-kneeling', name: 'Side plank on knees', type: 'strength', family: 'side-plank', selection: 'likely-cause', causes: ['weak-core', 'leg-length'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 3, seconds: 20, perSide: true }, { sets: 3, seconds: 40 }), avoid: [], figure: 'side-plank-kneeling',
    cues: ['Knees bent, hips lifted off the floor', 'Shoulder stacked over the elbow'],
  },
  {
    id: 'side-plank', name: 'Side plank', type: 'strength', family: 'side-plank', selection: 'likely-cause', causes: ['weak-core', 'leg-length'],
    fromWeek: 4, highImpact: false, dosage: ramp({ sets: 2, seconds: 20, perSide: true }, { sets: 3, seconds: 60 }), avoid: ['severe-pain'], figure: 'side-plank',
    cues: ['Feet stacked, body in one long line', 'Push the floor away with the elbow'],
  },
  {
    id: 'glute-bridge', name: 'Glute bridge', type: 'strength', family: 'bridge', selection: 'everyone', causes: ['weak-core', 'posture', 'spinal-condition'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 2, reps: 10 }, { sets: 3, reps: 15 }), avoid: ['pregnant-16-weeks-plus'], figure: 'bridge',
    cues: ['Feet flat, push through the heels', 'Lift until hips and knees line up'],
  },
  {
    // From 16 weeks of pregnancy nothing is done lying flat: shoulders rest on a sofa instead.
    id: 'sofa-hip-thrust', name: 'Sofa hip lift', type: 'strength', family: 'bridge', selection: 'everyone', causes: ['weak-core', 'posture'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 2, reps: 10 }, { sets: 3, reps: 15 }), avoid: [], onlyWhen: ['pregnant-16-weeks-plus'], figure: 'hip-thrust',
    cues: ['Shoulders on the sofa edge, feet flat', 'Lift the hips level with the knees'],
  },
  {
    id: 'bridge-march', name: 'Bridge march', type: 'strength', family: 'bridge', selection: 'everyone', causes: ['weak-core', 'leg-length'],
    fromWeek: 3, highImpact: false, dosage: ramp({ sets: 2, reps: 6, perSide: true }, { sets: 3, reps: 10 }), avoid: ['severe-pain', 'pregnant-16-weeks-plus'], figure: 'bridge-march',
    cues: ['Hold the bridge, lift one foot at a time', 'Keep the hips level as you march'],
  },
  {
    id: 'single-leg-bridge', name: 'Single-leg bridge', type: 'strength', family: 'bridge', selection: 'everyone', causes: ['weak-core', 'past-injury', 'leg-length'],
    fromWeek: 6, highImpact: false, dosage: ramp({ sets: 2, reps: 10, perSide: true }, { sets: 2, reps: 15 }), avoid: ['disc-diagnosis', 'severe-pain', 'pregnant-16-weeks-plus'], figure: 'single-leg-bridge',
    cues: ['One leg straight, push through the other heel', 'Hips stay level, no twisting'],
  },
  {
    id: 'bird-dog', name: 'Bird-dog', type: 'strength', selection: 'likely-cause', causes: ['weak-core', 'spinal-condition', 'posture'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 2, reps: 8, seconds: 5, perSide: true }, { sets: 3, reps: 12 }), avoid: [], figure: 'bird-dog',
    cues: ['Reach opposite arm and leg long', 'Hold 5 s, back flat as a table'],
  },
  {
    id: 'dead-bug', name: 'Dead bug', type: 'strength', selection: 'likely-cause', causes: ['weak-core', 'spinal-condition'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 2, reps: 8, perSide: true }, { sets: 3, reps: 14 }), avoid: ['pregnant-16-weeks-plus'], figure: 'dead-bug',
    cues: ['Lower back stays pressed to the floor', 'Lower opposite arm and leg slowly'],
  },
  {
    id: 'bodyweight-squat', name: 'Bodyweight squat', type: 'strength', family: 'squat', selection: 'everyone', causes: ['weak-core', 'past-injury'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 2, reps: 10 }, { sets: 3, reps: 15 }), avoid: [], figure: 'squat',
    cues: ['Sit back as if to a chair', 'Knees follow the toes, chest up'],
  },
  {
    id: 'tempo-squat', name: 'Slow-lowering squat', type: 'strength', family: 'squat', selection: 'everyone', causes: ['weak-core', 'past-injury'],
    fromWeek: 5, highImpact: false, dosage: ramp({ sets: 3, reps: 10 }, { sets: 3, reps: 15 }), avoid: ['severe-pain'], figure: 'tempo-squat',
    cues: ['Count three on the way down', 'Stand up at normal speed'],
  },
  {
    id: 'split-squat', name: 'Split squat', type: 'strength', family: 'lunge', selection: 'everyone', causes: ['past-injury', 'leg-length'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 2, reps: 8, perSide: true }, { sets: 3, reps: 12 }), avoid: [], figure: 'split-squat',
    cues: ['Feet stay put, drop the back knee', 'Front knee over the ankle'],
  },
  {
    id: 'reverse-lunge', name: 'Reverse lunge', type: 'strength', family: 'lunge', selection: 'everyone', causes: ['past-injury', 'leg-length'],
    fromWeek: 3, highImpact: false, dosage: ramp({ sets: 2, reps: 8, perSide: true }, { sets: 3, reps: 12 }), avoid: ['pain-below-knee', 'severe-pain'], figure: 'reverse-lunge',
    cues: ['Step back, lower with control', 'Push through the front heel to return'],
  },
  {
    id: 'walking-lunge', name: 'Walking lunge', type: 'strength', family: 'lunge', selection: 'everyone', causes: ['past-injury', 'weak-core'],
    fromWeek: 6, highImpact: false, dosage: ramp({ sets: 2, reps: 10, perSide: true }, { sets: 3, reps: 12 }), avoid: ['disc-diagnosis', 'pain-below-knee', 'severe-pain'], figure: 'walking-lunge',
    cues: ['Step through into each lunge', 'Tall trunk, steady pace'],
  },
  {
    id: 'clamshell', name: 'Clamshell', type: 'strength', selection: 'likely-cause', causes: ['past-injury', 'leg-length'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 2, reps: 12, perSide: true }, { sets: 2, reps: 20 }), avoid: [], figure: 'clamshell',
    cues: ['Lie on your side, knees bent, feet together', 'Open the top knee without rolling back'],
  },
  {
    id: 'single-leg-balance', name: 'Single-leg balance', type: 'strength', selection: 'likely-cause', causes: ['past-injury', 'leg-length', 'footwear'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 2, seconds: 30, perSide: true }, { sets: 3, seconds: 60 }), avoid: [], figure: 'single-leg-balance',
    cues: ['Stand tall on one foot near a wall', 'Soft knee, eyes on a fixed point'],
  },
  {
    id: 'calf-raise', name: 'Calf raise', type: 'strength', selection: 'likely-cause', causes: ['footwear', 'past-injury'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 2, reps: 12 }, { sets: 3, reps: 20 }), avoid: [], figure: 'calf-raise',
    cues: ['Rise onto the balls of both feet', 'Lower slowly over three counts'],
  },
  {
    id: 'wall-angel', name: 'Wall angel', type: 'strength', selection: 'likely-cause', causes: ['posture'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 2, reps: 8 }, { sets: 3, reps: 12 }), avoid: [], figure: 'wall-angel',
    cues: ['Back of head, shoulders and seat on the wall', 'Slide the arms up and down slowly'],
  },
  {
    id: 'pelvic-tilt', name: 'Pelvic tilt', type: 'strength', selection: 'likely-cause', causes: ['spinal-condition', 'posture'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 2, reps: 10 }, { sets: 3, reps: 15 }), avoid: ['pregnant-16-weeks-plus'], figure: 'pelvic-tilt',
    cues: ['Lie on your back, knees bent', 'Flatten the lower back gently, then relax'],
  },
] satisfies Exercise[];
