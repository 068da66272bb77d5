import { describe, expect, it } from 'vitest';
import type { Dosage } from '../schemas/exercise';
import type { Session } from '../schemas/plan';
import { describeSession, formatDose } from './describe';

describe('formatDose', () => {
  it.each<[Dosage, string]>([
    [{ sets: 2, reps: 10 }, '2 × 10'],
    [{ sets: 1, reps: 12, perSide: true }, '12 a side'],
    [{ sets: 3, seconds: 30, perSide: true }, '3 × 30 s a side'],
    [{ sets: 2, reps: 8, seconds: 5, perSide: true }, '2 × 8 a side, 5 s hold'],
    [{ seconds: 45 }, '45 s'],
    [{ sets: 1, reps: 10 }, '10 reps'],
    [{ minutes: 25 }, '25 min'],
    [{ sets: 1, seconds: 20 }, '20 s'],
    [{ sets: 2, reps: 6, seconds: 3 }, '2 × 6, 3 s hold'],
    [{}, ''],
  ])('%j reads "%s"', (dose, text) => expect(formatDose(dose)).toBe(text));
});

describe('describeSession', () => {
  const item = { id: 'x', name: 'Swimming', type: 'cross-training' as const };
  it.each<[Session, string]>([
    [{ kind: 'run', km: 6.3, items: [] }, 'Run 6.3 km'],
    [{ kind: 'run', km: 0, intervals: { runMinutes: 1, walkMinutes: 1, repeats: 5 }, items: [] }, 'Run/walk 1+1 min × 5'],
    [{ kind: 'warm-up', items: [item, item, item] }, 'Warm-up (3)'],
    [{ kind: 'cool-down', items: [item, item] }, 'Cool-down (2)'],
    [{ kind: 'strength', items: [item] }, 'Strength (1)'],
    [{ kind: 'cross-training', minutes: 25, items: [item] }, 'Swimming 25 min'],
    [{ kind: 'cross-training', minutes: 20, items: [] }, 'Cross-training 20 min'],
    [{ kind: 'run', items: [] }, 'Run 0 km'],
    [{ kind: 'rest', items: [] }, 'Rest: easy walk only'],
  ])('%j reads "%s"', (session, text) => expect(describeSession(session)).toBe(text));

  it('gives run distances in miles when asked', () => {
    expect(describeSession({ kind: 'run', km: 10, items: [] }, 'mi')).toBe('Run 6.2 mi');
  });
});
