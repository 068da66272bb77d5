import type { RunCue } from '../lib/schemas/checklist';

/** Posture on the run: a card to read before heading out, not a list to tick. */
export const RUN_CUES = [
  { id: 'run-tall', text: 'Tall through the crown of the head', why: 'Running tall spreads the load instead of folding at the waist.' },
  { id: 'lean-from-ankles', text: 'Lean slightly from the ankles, not the waist', why: 'Bending at the waist makes the lower back hold you up.' },
  { id: 'shoulders-over-hips', text: 'Shoulders stacked over hips', why: 'Neither hunched forward nor leaning back: the spine stays neutral.' },
  { id: 'land-under-you', text: 'Feet land under you, with quick, light steps', why: 'A slightly quicker cadence stops you reaching out in front; no need to force a midfoot landing.' },
  { id: 'relaxed-arms', text: 'Relaxed arms swinging forward and back', why: 'Crossing arms twist the trunk with every step.' },
] satisfies RunCue[];
