import { describe, expect, it } from 'vitest';
import { createOpenLists } from './open-lists';

const memory = () => {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
};

describe('open lists', () => {
  it('starts with posture open and remembers each toggle for the session', () => {
    const session = memory();
    const lists = createOpenLists(session);
    expect([...lists.open.value]).toEqual(['posture']);
    lists.toggle('posture');
    lists.toggle('diet');
    expect([...createOpenLists(session).open.value]).toEqual(['diet']);
  });

  it('works without a session store, and with one holding rubbish', () => {
    const none = createOpenLists(undefined);
    none.toggle('lifestyle');
    expect(none.open.value.has('lifestyle')).toBe(true);
    const bad = memory();
    bad.setItem('backstride:open-lists', '{nope');
    expect([...createOpenLists(bad).open.value]).toEqual(['posture']);
    bad.setItem('backstride:open-lists', '["diet", "sleep", 3]');
    expect([...createOpenLists(bad).open.value]).toEqual(['diet']);
  });
});
