import { describe, expect, it } from 'vitest';
import { AnswersSchema, type AnswersInput } from '../schemas/answers';
import type { Exercise } from '../schemas/exercise';
import { deskRoutine } from './desk-routine';

// A made-up desk library: step 1 is 1 × 5 reps, later steps more (only the first is ever used).
const desk = (id: string, over: Partial<Exercise> = {}): Exercise => ({
  id, name: `Desk ${id}`, type: 'static', selection: 'desk', causes: [], fromWeek: 1, highImpact: false,
  dosage: Array.from({ length: 8 }, (_, i) => ({ sets: 1, reps: 5 + i })), cues: ['one cue', 'two cue'], avoid: [], figure: 'x', ...over,
});
const LIBRARY = [
  desk('shrug'),
  desk('back-bend', { avoid: ['eases-bending-forward'] }),
  desk('forward-fold', { avoid: ['eases-leaning-back', 'pregnant-16-weeks-plus'] }),
  desk('seated-twist', { onlyWhen: ['eases-bending-forward', 'disc-diagnosis'] }),
];
const routine = (a: AnswersInput, order = ['shrug', 'back-bend', 'forward-fold', 'seated-twist']) =>
  deskRoutine(AnswersSchema.parse(a), LIBRARY, order).map((i) => i.id);

describe('deskRoutine', () => {
  it('gives each move at its first dose, in the order given', () => {
    expect(deskRoutine(AnswersSchema.parse({}), LIBRARY, ['back-bend', 'shrug'])).toEqual([
      { id: 'back-bend', name: 'Desk back-bend', type: 'static', sets: 1, reps: 5 },
      { id: 'shrug', name: 'Desk shrug', type: 'static', sets: 1, reps: 5 },
    ]);
  });

  it.each<[string, AnswersInput, string[]]>([
    ['nothing to leave out', {}, ['shrug', 'back-bend', 'forward-fold']],
    ['eases bending forward: no back bend, the alternative in', { eases: 'bending-forward' }, ['shrug', 'forward-fold', 'seated-twist']],
    ['eases leaning back: no forward fold', { eases: 'leaning-back' }, ['shrug', 'back-bend']],
    ['pregnant from 16 weeks: no forward fold', { pregnancy: 'pregnant-16-weeks-plus' }, ['shrug', 'back-bend']],
    ['a disc diagnosis brings in the alternative', { spinalDiagnosis: 'herniated-disc' }, ['shrug', 'back-bend', 'forward-fold', 'seated-twist']],
  ])('%s', (_, a, expected) => {
    expect(routine(a)).toEqual(expected);
  });

  it('skips ids that are not in the library', () => {
    expect(routine({}, ['gone', 'shrug'])).toEqual(['shrug']);
  });

  it('is empty when everything is left out: just stand up and move', () => {
    expect(routine({ eases: 'leaning-back' }, ['forward-fold'])).toEqual([]);
  });
});
