import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../schemas/cause';
import { CAUSE_NAMES } from './cause-names';
import { MID_SESSION_STOP } from './mid-session-stop';

describe('short names for the likely causes', () => {
  it('names each cause in plain words, each name once', () => {
    expect(CAUSE_NAMES).toEqual({
      posture: 'Posture',
      'weak-core': 'Weak core',
      footwear: 'Worn shoes',
      overtraining: 'Too much, too soon',
      flexibility: 'Tight hips and hamstrings',
      'spinal-condition': 'Spinal condition',
      'past-injury': 'Old injury',
      'leg-length': 'Leg-length difference',
    });
    expect(new Set(CAUSE_IDS.map((id) => CAUSE_NAMES[id])).size).toBe(CAUSE_IDS.length);
  });
});

describe('the mid-session stop every surface carries', () => {
  it('says to stop and walk home above 5/10 or when symptoms spread, never to finish through it, and to log it', () => {
    expect(MID_SESSION_STOP).toContain('walk home from a run');
    expect(MID_SESSION_STOP).toContain('goes above 5/10');
    expect(MID_SESSION_STOP).toContain('spreads further down a leg or into both legs');
    expect(MID_SESSION_STOP).toContain('Never finish the planned distance through it');
    expect(MID_SESSION_STOP).toContain('note it down');
  });
});
