import type { Exercise } from '../../lib/schemas/exercise';
import { ramp } from './ramp';

// Static stretches: hold about 30 s, twice a side, after every run.
const HOLD = ramp({ sets: 2, seconds: 30, perSide: true });

/** Static cool-down stretches, after every run. */
export const COOL_DOWN = [
  {
    id: 'hamstring-stretch', name: 'Hamstring stretch', type: 'static', selection: 'everyone', causes: ['flexibility'],
    fromWeek: 1, highImpact: false, dosage: HOLD, avoid: ['eases-leaning-back'], figure: 'hamstring-stretch',
    cues: ['Heel forward, hinge at the hips', 'Back long; feel it behind the thigh'],
  },
  {
    id: 'hip-flexor-stretch', name: 'Kneeling hip flexor stretch', type: 'static', selection: 'everyone', causes: ['flexibility', 'posture'],
    fromWeek: 1, highImpact: false, dosage: HOLD, avoid: [], figure: 'hip-flexor-stretch',
    cues: ['Kneel on a cushion, one foot in front', 'Tuck the tail under and ease forward'],
  },
  {
    id: 'figure-four-stretch', name: 'Figure-4 stretch', type: 'static', selection: 'everyone', causes: ['flexibility', 'spinal-condition'],
    fromWeek: 1, highImpact: false, dosage: HOLD, avoid: ['pregnant-16-weeks-plus'], figure: 'figure-four',
    cues: ['On your back, ankle across the other knee', 'Pull the thighs in until the seat stretches'],
  },
  {
    id: 'quad-stretch', name: 'Standing quad stretch', type: 'static', selection: 'everyone', causes: ['flexibility'],
    fromWeek: 1, highImpact: false, dosage: HOLD, avoid: [], figure: 'quad-stretch',
    cues: ['Hold a wall, heel towards your seat', 'Knees side by side, hips forward'],
  },
  {
    id: 'calf-stretch', name: 'Calf stretch', type: 'static', selection: 'everyone', causes: ['flexibility', 'footwear'],
    fromWeek: 1, highImpact: false, dosage: HOLD, avoid: [], figure: 'calf-stretch',
    cues: ['Hands on a wall, one leg back', 'Back heel down, back knee straight'],
  },
  {
    id: 'childs-pose', name: "Child's pose", type: 'static', selection: 'everyone', causes: ['flexibility', 'posture'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 2, seconds: 30 }), avoid: ['eases-leaning-back'], figure: 'childs-pose',
    cues: ['Sit back onto the heels, arms long', 'Breathe into the lower back'],
  },
  {
    id: 'doorway-chest-stretch', name: 'Doorway chest stretch', type: 'static', selection: 'likely-cause', causes: ['posture'],
    fromWeek: 1, highImpact: false, dosage: HOLD, avoid: [], figure: 'doorway-chest-stretch',
    cues: ['Forearm on the door frame', 'Step through until the chest opens'],
  },
  {
    id: 'knee-to-chest', name: 'Knee to chest', type: 'static', selection: 'likely-cause', causes: ['spinal-condition', 'flexibility'],
    fromWeek: 1, highImpact: false, dosage: HOLD, avoid: ['eases-leaning-back', 'pregnant-16-weeks-plus'], figure: 'knee-to-chest',
    cues: ['On your back, hug one knee in', 'Keep the other leg relaxed'],
  },
  {
    // Gentle extension, for a back that eases leaning back (in place of sustained forward bends).
    id: 'lying-on-elbows', name: 'Lying on elbows', type: 'static', selection: 'everyone', causes: ['spinal-condition', 'posture'],
    fromWeek: 1, highImpact: false, dosage: ramp({ sets: 2, seconds: 30 }), avoid: ['pregnant-16-weeks-plus', 'postpartum-early'], onlyWhen: ['eases-leaning-back'], figure: 'lying-on-elbows',
    cues: ['Lie face down, prop up on the forearms', 'Let the hips sag; stop if leg pain spreads'],
  },
] satisfies Exercise[];
