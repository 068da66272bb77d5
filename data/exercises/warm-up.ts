import type { Exercise } from '../../lib/schemas/exercise';
import { ramp } from './ramp';

/** Dynamic warm-up moves: 5 to 8 minutes before every run. */
export const WARM_UP = [
  {
    id: 'easy-jog', name: 'Easy jog or brisk walk', type: 'dynamic', selection: 'everyone', causes: ['overtraining'],
    fromWeek: 1, highImpact: false, dosage: ramp({ minutes: 3 }, { minutes: 5 }), avoid: [], figure: 'jog',
    cues: ['Easy enough to chat in full sentences', 'Walk it if your back is sore today'],
  },
  {
    id: 'leg-swings', name: 'Leg swings', type: 'dynamic', selection: 'everyone', causes: ['flexibility'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 1, reps: 10, perSide: true }, { sets: 1, reps: 15 }), avoid: [], figure: 'leg-swing-front',
    cues: ['Front to back, then side to side, each leg', 'Hold a wall; let the swing grow, trunk still'],
  },
  {
    id: 'hip-circles', name: 'Hip circles', type: 'dynamic', selection: 'everyone', causes: ['flexibility', 'past-injury'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 1, reps: 10, perSide: true }), avoid: [], figure: 'hip-circle',
    cues: ['Draw a big, slow circle with the knee', 'Ten one way, ten the other'],
  },
  {
    id: 'walking-lunges-warm-up', name: 'Walking lunges', type: 'dynamic', selection: 'everyone', causes: ['flexibility', 'weak-core'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 1, reps: 10, perSide: true }), avoid: ['pain-below-knee'], figure: 'walking-lunge',
    cues: ['Long step, back knee towards the floor', 'Chest tall, eyes ahead'],
  },
  {
    id: 'marching', name: 'Marching on the spot', type: 'dynamic', family: 'knee-drive', selection: 'everyone', causes: ['posture'],
    fromWeek: 1, highImpact: false, dosage: ramp({ seconds: 30 }, { seconds: 45 }), avoid: [], figure: 'march',
    cues: ['Knees to hip height, one at a time', 'Swing the opposite arm'],
  },
  {
    id: 'high-knees', name: 'High knees', type: 'dynamic', family: 'knee-drive', selection: 'everyone', causes: ['posture'],
    fromWeek: 2, highImpact: true, dosage: ramp({ seconds: 30 }), avoid: ['disc-diagnosis', 'pain-below-knee'], figure: 'march',
    cues: ['Quick, light feet under the hips', 'Stand tall, do not lean back'],
  },
  {
    id: 'butt-kicks', name: 'Butt kicks', type: 'dynamic', selection: 'everyone', causes: ['flexibility'],
    fromWeek: 2, highImpact: true, dosage: ramp({ seconds: 30 }), avoid: ['disc-diagnosis', 'pain-below-knee'], figure: 'butt-kick',
    cues: ['Heels flick up towards your seat', 'Short, quick steps'],
  },
  {
    id: 'a-skips', name: 'A-skips', type: 'dynamic', selection: 'everyone', causes: ['posture'],
    fromWeek: 4, highImpact: true, dosage: ramp({ sets: 2, reps: 20 }), avoid: ['disc-diagnosis', 'pain-below-knee'], figure: 'a-skip',
    cues: ['Skip 20 m, driving one knee up each hop', 'Land on the ball of the foot, under you'],
  },
  {
    id: 'cat-cow', name: 'Cat-cow', type: 'dynamic', selection: 'likely-cause', causes: ['spinal-condition', 'posture'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 1, reps: 8 }, { sets: 1, reps: 10 }), avoid: [], figure: 'cat-cow',
    cues: ['Round the back, then let it dip, slowly', 'Move only as far as feels easy'],
  },
  {
    id: 'thoracic-rotation', name: 'All-fours rotation', type: 'dynamic', selection: 'likely-cause', causes: ['posture'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 1, reps: 6, perSide: true }, { sets: 1, reps: 10 }), avoid: [], figure: 'thoracic-rotation',
    cues: ['On all fours, reach one arm to the ceiling', 'Follow the hand with your eyes'],
  },
  {
    id: 'worlds-greatest-stretch', name: 'Lunge with reach', type: 'dynamic', selection: 'likely-cause', causes: ['flexibility', 'posture'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 1, reps: 4, perSide: true }, { sets: 1, reps: 6 }), avoid: ['pain-below-knee'], figure: 'worlds-greatest-stretch',
    cues: ['Step into a lunge, hand down inside the foot', 'Rotate and reach the other arm up'],
  },
] satisfies Exercise[];
