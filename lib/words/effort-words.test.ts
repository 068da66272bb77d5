import { describe, expect, it } from 'vitest';
import { effortCue } from './effort-words';

describe('effortCue', () => {
  it('tells how an easy run feels, and gives other sessions no cue', () => {
    expect(effortCue({ kind: 'run', km: 5, items: [] })).toBe('easy: you can talk in full sentences');
    expect(effortCue({ kind: 'strength', items: [] })).toBeNull();
    expect(effortCue({ kind: 'rest', items: [] })).toBeNull();
  });
});
