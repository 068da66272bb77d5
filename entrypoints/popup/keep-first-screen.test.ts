// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localIsoDate } from '../../lib/domain/calendar';
import { keptSnapshot, snapshotKey } from '../../lib/state/popup-snapshot';
import { drawn, KEPT_MARK, keepFirstScreen } from './keep-first-screen';

const screen = (html: string) => {
  const root = document.createElement('div');
  root.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  document.body.replaceChildren(root);
  return root;
};

const today = () => localIsoDate(new Date());

beforeEach(async () => {
  fakeBrowser.reset();
  localStorage.clear();
  performance.clearMarks();
  await fakeBrowser.storage.local.set({ profile: { done: true } });
});

describe('keeping the first screen for the next open', () => {
  it('keeps it once it has settled, keyed by what storage holds, and marks it', async () => {
    const root = screen('<h1>Week 2 of 8</h1>');
    keepFirstScreen(root, snapshotKey(), 'plan');
    // A part drawn late (a lazily loaded card) is waited for: the copy has it.
    setTimeout(() => root.append(Object.assign(document.createElement('p'), { textContent: 'Run 5 km' })), 150);
    await expect.poll(() => keptSnapshot(), { timeout: 2_000 }).toEqual({ key: await snapshotKey(), html: '<h1>Week 2 of 8</h1><p>Run 5 km</p>', screen: 'plan', day: today() });
    expect(performance.getEntriesByName(KEPT_MARK)).toHaveLength(1);
  });

  it('keeps only the name of the screen once the runner has touched it', async () => {
    const root = screen('<h1>Week 2 of 8</h1><button>Settings</button>');
    keepFirstScreen(root, snapshotKey(), 'plan');
    root.querySelector('button')!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    await expect.poll(() => keptSnapshot(), { timeout: 2_000 }).toEqual({ key: null, html: '', screen: 'plan', day: today() });
    expect(performance.getEntriesByName(KEPT_MARK)).toHaveLength(0);
  });

  it('keeps only the name of the screen, forgetting the copy before, when storage changed while it was drawn', async () => {
    localStorage.setItem('backstride.popupSnapshot', JSON.stringify({ key: 'older', html: '<h1>Yesterday</h1>', screen: 'plan' }));
    const before = snapshotKey();
    await before;
    await fakeBrowser.storage.local.set({ log: { sessions: [{ date: '2026-11-26' }] } });
    keepFirstScreen(screen('<h1>Week 2 of 8</h1>'), before, 'plan');
    await expect.poll(() => keptSnapshot(), { timeout: 2_000 }).toEqual({ key: null, html: '', screen: 'plan', day: today() });
    expect(performance.getEntriesByName(KEPT_MARK)).toHaveLength(0);
  });
});

describe('the screen as drawn', () => {
  it('keeps what was ticked, typed and chosen, which HTML alone leaves out', () => {
    const root = screen('<input type="checkbox"><input type="number" value="3"><textarea></textarea><select><option>km</option><option>mi</option></select>');
    const [box, number] = root.querySelectorAll('input');
    box!.checked = true;
    number!.value = '12';
    root.querySelector('textarea')!.value = 'sore after hills';
    root.querySelector('select')!.value = 'mi';
    const copy = screen(drawn(root)!);
    expect(copy.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).toBe(true);
    expect(copy.querySelector<HTMLInputElement>('input[type=number]')!.value).toBe('12');
    expect(copy.querySelector('textarea')!.value).toBe('sore after hills');
    expect(copy.querySelector('select')!.value).toBe('mi');
  });
});
