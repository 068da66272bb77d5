import { describe, expect, it } from 'vitest';
import type { CauseId } from '../schemas/cause';
import type { Checklist } from '../schemas/checklist';
import { MAX_FOR_YOU, tailorChecklist } from './tailor-checklist';

const item = (id: string, ...causes: CauseId[]) => ({ id, text: `Do ${id}`, why: `Because ${id}`, causes });
const list: Checklist = {
  id: 'lifestyle',
  title: 'Test',
  items: [
    item('a', 'posture'),
    item('b', 'posture', 'flexibility'),
    item('c', 'footwear'),
    item('d', 'overtraining'),
    item('e', 'spinal-condition', 'past-injury'),
    item('f', 'weak-core'),
    item('g'),
  ],
};
const score = (s: Partial<Record<CauseId, number>>) => Object.entries(s).map(([id, value]) => ({ id: id as CauseId, score: value }));
const marked = (causes: ReturnType<typeof score>) =>
  tailorChecklist(list, causes)
    .filter((i) => i.forYou)
    .map((i) => i.id);

describe('tailorChecklist marks at most three items, strongest cause first', () => {
  it.each([
    ['no likely cause', {}, []],
    ['scores below "likely" mark nothing', { posture: 0.4, footwear: 0.49 }, []],
    ['one cause, one item', { footwear: 0.8 }, ['c']],
    ['one cause serving two items keeps list order', { posture: 0.6 }, ['a', 'b']],
    ['the stronger cause first', { posture: 0.6, footwear: 0.9 }, ['c', 'a', 'b']],
    ['a fourth item is never marked', { posture: 0.9, footwear: 0.8, overtraining: 0.7, 'weak-core': 0.6 }, ['a', 'b', 'c']],
    ['ties go by CAUSE_TIE_ORDER: spinal-condition before overtraining', { overtraining: 0.5, 'spinal-condition': 0.5 }, ['e', 'd']],
    ['ties: footwear before weak-core before posture', { posture: 0.7, 'weak-core': 0.7, footwear: 0.7 }, ['c', 'f', 'a']],
    ['an item counts by its strongest cause', { flexibility: 1, posture: 0.5 }, ['b', 'a']],
    ['input order does not matter', score({ posture: 0.5, overtraining: 0.5, 'past-injury': 0.5 }).reverse(), ['e', 'd', 'a']],
  ] as const)('%s', (_, causes, expected) => {
    expect(marked(Array.isArray(causes) ? causes : score(causes as Partial<Record<CauseId, number>>))).toEqual(expected);
  });

  it('shows marked items first, then the rest in list order, none lost', () => {
    const items = tailorChecklist(list, score({ footwear: 0.9, posture: 0.6 }));
    expect(items.map((i) => i.id)).toEqual(['c', 'a', 'b', 'd', 'e', 'f', 'g']);
  });

  it('never marks more than MAX_FOR_YOU, whatever is likely', () => {
    const all = score({ posture: 1, 'weak-core': 1, footwear: 1, overtraining: 1, flexibility: 1, 'spinal-condition': 1, 'past-injury': 1, 'leg-length': 1 });
    expect(marked(all)).toHaveLength(MAX_FOR_YOU);
  });
});
