import type { SessionKind } from '../schemas/plan';

/** What each kind of session is called, on every surface: the week grid, the popup, the sheet. */
export const SESSION_NAMES: Record<SessionKind, string> = {
  'warm-up': 'Warm-up',
  run: 'Run',
  strength: 'Strength',
  'cool-down': 'Cool-down',
  'cross-training': 'Cross-training',
  rest: 'Rest',
};
