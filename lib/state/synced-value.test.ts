// @vitest-environment happy-dom
import { effect } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAppState } from './app-state';

const now = () => new Date(2026, 10, 26, 10, 0);
const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
/** The values in order, each once: what the runner would see change. */
const changes = <T>(seen: T[]) => seen.filter((v, i) => i === 0 || v !== seen[i - 1]);

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('a page and its own writes', () => {
  it('is not undone by the late echoes of its own writes (Chrome answers a write before its change event, keys sorted)', async () => {
    // As in Chrome: each change event arrives after the write that made it has resolved (here 20 ms
    // late), and its value comes back with the object keys sorted.
    const events = fakeBrowser.storage.onChanged;
    const listen = events.addListener.bind(events);
    const sorted = (v: unknown): unknown => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sorted(x)])) : v);
    events.addListener = ((listener: (...args: unknown[]) => void) =>
      listen((changes: unknown, area: unknown) => void setTimeout(() => listener(sorted(changes), area), 20))) as typeof events.addListener;
    const app = createAppState({ now });
    await app.load();
    const seen: (number | null)[] = [];
    const stop = effect(() => void seen.push(app.profile.value.answers.age));
    await app.setAnswer('age', 30);
    await app.setAnswer('age', 40);
    await app.setAnswer('age', 50);
    await new Promise((r) => setTimeout(r, 100));
    stop();
    expect(changes(seen)).toEqual([null, 30, 40, 50]);
    expect(await stored('profile')).toMatchObject({ answers: { age: 50 } });
  });

  it('stores what it shows at once when it closes in the middle of a write', async () => {
    const app = createAppState({ now });
    await app.load();
    // The write waits its turn for ever: the page closes first.
    vi.spyOn(fakeBrowser.storage.local, 'get').mockReturnValue(new Promise(() => {}) as never);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    void app.setAnswer('painLevel', 6);
    expect(set).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pagehide'));
    expect(set).toHaveBeenCalledWith({ profile: expect.objectContaining({ answers: expect.objectContaining({ painLevel: 6 }) }), profile$: { v: 2 } });
  });
});
