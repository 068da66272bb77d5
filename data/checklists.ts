import type { Checklist } from '../lib/schemas/checklist';
import { DISTANCE, SHOES } from '../lib/schemas/thresholds';

/** 1.05 -> 5: the weekly growth as a percentage. */
const GROWTH_PCT = Math.round((DISTANCE.weeklyGrowth - 1) * 100);

/** The side panel's three lists, in the product's own words. */
export const CHECKLISTS = [
  {
    id: 'posture',
    title: 'Posture at the desk',
    items: [
      { id: 'feet-flat', text: 'Feet flat on the floor', why: 'A steady base keeps the pelvis from tipping and the lower back from arching.', causes: ['posture'] },
      { id: 'hips-above-knees', text: 'Hips level with or a little above the knees', why: 'Keeps the natural curve of the lower back instead of slumping.', causes: ['posture', 'flexibility'] },
      { id: 'back-supported', text: 'Lower back supported by the chair', why: 'A cushion or roll keeps the lower back in its natural curve while you sit.', causes: ['posture', 'spinal-condition'] },
      { id: 'screen-eye-level', text: 'Top of the screen at eye level', why: 'Stops the head drifting forward and the upper back rounding.', causes: ['posture'] },
      { id: 'shoulders-relaxed', text: 'Shoulders relaxed, down and back', why: 'Raised shoulders tire the neck and upper back and make it easier to slump.', causes: ['posture'] },
      { id: 'move-often', text: 'Stand up and move every 30 to 45 minutes', why: 'Long sitting tightens hip flexors that tug on the lower back.', causes: ['posture', 'flexibility'] },
    ],
  },
  {
    id: 'lifestyle',
    title: 'Lifestyle',
    items: [
      { id: 'sleep', text: 'Seven hours of sleep or more', why: 'Tissues repair while you sleep; tired runners lose form.', causes: ['overtraining'] },
      { id: 'rest-day', text: 'A real rest day this week', why: 'Strength grows in the recovery between sessions.', causes: ['overtraining'] },
      { id: 'low-impact-session', text: 'A Pilates, yoga or swimming session this week', why: 'Gentle core and mobility work with no pounding.', causes: ['weak-core', 'flexibility', 'spinal-condition'] },
      { id: 'physio-check', text: 'A physiotherapy check-up while the pain lasts', why: 'A professional can spot what a questionnaire cannot.', causes: ['spinal-condition', 'past-injury', 'leg-length'] },
      { id: 'shoe-distance', text: 'Shoe distance logged after each run', why: `Most shoes lose their support between ${SHOES.watchKm} and ${SHOES.replaceKm} km (${SHOES.watchMi} to ${SHOES.replaceMi} miles).`, causes: ['footwear'] },
      { id: 'gradual-distance', text: `This week no more than ${GROWTH_PCT} % longer than last`, why: 'Sudden jumps in distance are linked with running injuries; growing gradually gives the body time to adapt.', causes: ['overtraining'] },
    ],
  },
  {
    id: 'diet',
    title: 'Diet',
    items: [
      { id: 'vitamin-c', text: 'Vitamin C: oranges, pineapple or peppers', why: 'Your body needs it to make collagen for tissue repair.', causes: [] },
      { id: 'calcium', text: 'Calcium: leafy greens, dairy or a fortified alternative', why: 'Supports strong bones.', causes: [] },
      { id: 'omega-3', text: 'Omega-3: salmon, sardines, walnuts or flax', why: 'Part of an anti-inflammatory way of eating.', causes: [] },
      { id: 'water', text: 'Water through the day', why: 'Staying hydrated helps you train and recover well.', causes: [] },
    ],
  },
] satisfies Checklist[];
