import type { Exercise } from '../../lib/schemas/exercise';
import { ramp } from './ramp';

// Easy cross-training, 20 to 45 minutes.
const EASY = ramp({ minutes: 20 }, { minutes: 45 });

/** Low-impact cross-training for days without a run, in order of preference. */
export const CROSS_TRAINING = [
  {
    id: 'pilates', name: 'Pilates', type: 'cross-training', selection: 'everyone', causes: ['weak-core', 'posture', 'spinal-condition'],
    fromWeek: 1, highImpact: false, dosage: EASY, avoid: ['postpartum-early'], figure: 'pilates',
    cues: ['A beginner class or video is plenty', 'Move slowly, breathe out on effort'],
  },
  {
    id: 'swimming', name: 'Swimming', type: 'cross-training', selection: 'everyone', causes: ['overtraining', 'spinal-condition'],
    fromWeek: 1, highImpact: false, dosage: EASY, avoid: ['postpartum-early'], figure: 'swimming',
    cues: ['Easy lengths, any stroke that feels good', 'Rest at the wall whenever you like'],
  },
  {
    id: 'cycling', name: 'Easy cycling', type: 'cross-training', selection: 'everyone', causes: ['overtraining'],
    fromWeek: 1, highImpact: false, dosage: EASY, avoid: ['eases-leaning-back', 'postpartum-early'], figure: 'cycling',
    cues: ['Sit upright, bars high', 'Light gear, steady spin'],
  },
  {
    id: 'yoga', name: 'Gentle yoga', type: 'cross-training', selection: 'everyone', causes: ['flexibility', 'posture'],
    fromWeek: 1, highImpact: false, dosage: EASY, avoid: ['postpartum-early'], figure: 'yoga',
    cues: ['Choose a gentle or beginner class', 'Skip any pose that pinches the back'],
  },
  {
    id: 'aqua-jogging', name: 'Aqua jogging', type: 'cross-training', selection: 'everyone', causes: ['overtraining', 'past-injury'],
    fromWeek: 1, highImpact: false, dosage: EASY, avoid: ['postpartum-early'], figure: 'aqua-jogging',
    cues: ['Run in deep water with a float belt', 'Tall posture, feet off the bottom'],
  },
  {
    id: 'elliptical', name: 'Elliptical trainer', type: 'cross-training', selection: 'everyone', causes: ['overtraining', 'footwear'],
    fromWeek: 1, highImpact: false, dosage: EASY, avoid: ['postpartum-early'], figure: 'elliptical',
    cues: ['Easy effort, upright body', 'Hold the handles lightly'],
  },
  {
    // The only cross-training in the first 12 weeks after giving birth.
    id: 'brisk-walk', name: 'Brisk walk', type: 'cross-training', selection: 'everyone', causes: ['overtraining'],
    fromWeek: 1, highImpact: false, dosage: ramp({ minutes: 20 }, { minutes: 30 }), avoid: [], onlyWhen: ['postpartum-early'], figure: 'walk',
    cues: ['Tall and relaxed, arms swinging', 'Brisk, but you can still chat'],
  },
] satisfies Exercise[];
