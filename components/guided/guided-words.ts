import { SESSION_NAMES } from '../../lib/words/session-words';
import type { GuidedStep } from '../../lib/domain/guided-steps';

/** What each kind of session is called on screen. */
export const TITLES = { 'warm-up': SESSION_NAMES['warm-up'], strength: SESSION_NAMES.strength, 'cool-down': SESSION_NAMES['cool-down'], desk: 'Posture break' } as const;
export type SessionKind = keyof typeof TITLES;

export const DONE_TEXT: Record<SessionKind, string> = {
  'warm-up': 'You are warm and ready. Enjoy the run, and keep it easy if your back complains.',
  strength: 'Well done. Stretch gently if anything feels tight.',
  'cool-down': 'Well done. A short walk finishes the job.',
  desk: 'Back to work, a little taller. See you at the next break.',
};

/** The heading and a line of help for each pause between exercises. */
export const PAUSE_WORDS = {
  rest: { title: 'Rest', help: 'Breathe easy and shake it out.' },
  switch: { title: 'Switch sides', help: 'Take a breath and change over.' },
  'get-down': { title: 'Get down on the floor', help: 'A mat or a rug is kinder to knees and back.' },
  'get-up': { title: 'Stand up', help: 'Roll to your side and come up slowly.' },
} as const;

/** "Set 2 of 3, left side", or "" for a single set done once. */
export const setText = (s: GuidedStep) => [s.sets > 1 ? `Set ${s.set} of ${s.sets}` : '', s.side ? `${s.side} side` : ''].filter(Boolean).join(', ');

/** "Side plank (set 2 of 3, left side)". */
export const stepName = (s: GuidedStep) => `${s.item.name}${setText(s) ? ` (${setText(s).toLowerCase()})` : ''}`;

/** Seconds as a clock: 1:05. */
export const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
