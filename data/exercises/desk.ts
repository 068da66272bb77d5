import type { Exercise } from '../../lib/schemas/exercise';
import { ramp } from './ramp';

/** The one-minute posture break at the desk: stand, open the hips, ease the back. */
export const DESK = [
  {
    id: 'stand-and-reach', name: 'Stand and reach', type: 'dynamic', selection: 'desk', causes: ['posture'],
    fromWeek: 1, highImpact: false, dosage: ramp({ seconds: 10 }), avoid: [], figure: 'stand-reach',
    cues: ['Stand up, reach both arms overhead', 'Grow tall and breathe out slowly'],
  },
  {
    id: 'standing-hip-flexor-stretch', name: 'Standing hip flexor stretch', type: 'static', selection: 'desk', causes: ['flexibility', 'posture'],
    fromWeek: 1, highImpact: false, dosage: ramp({ seconds: 15, perSide: true }), avoid: [], figure: 'standing-hip-flexor',
    cues: ['Step one foot back, tuck the tail under', 'Feel the stretch at the front of the back hip'],
  },
  {
    id: 'standing-back-extension', name: 'Standing back bend', type: 'dynamic', selection: 'desk', causes: ['posture', 'spinal-condition'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 1, reps: 5 }), avoid: ['pain-below-knee', 'eases-bending-forward', 'pregnant-16-weeks-plus'], figure: 'back-extension',
    cues: ['Hands on the lower back, lean back gently', 'Only as far as feels easy'],
  },
  {
    id: 'shoulder-rolls', name: 'Shoulder rolls', type: 'dynamic', selection: 'desk', causes: ['posture'],
    fromWeek: 1, highImpact: false, dosage: ramp({ seconds: 10 }), avoid: [], figure: 'shoulder-roll',
    cues: ['Roll the shoulders up, back and down', 'Let the neck stay long and loose'],
  },
] satisfies Exercise[];

/** The order of the posture break. */
export const DESK_ROUTINE_IDS = DESK.map((ex) => ex.id);
