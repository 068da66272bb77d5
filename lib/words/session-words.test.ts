import { expect, it } from 'vitest';
import { SESSION_NAMES } from './session-words';

it('names each kind of session as every surface shows it', () => {
  expect(SESSION_NAMES).toEqual({ 'warm-up': 'Warm-up', run: 'Run', strength: 'Strength', 'cool-down': 'Cool-down', 'cross-training': 'Cross-training', rest: 'Rest' });
});
