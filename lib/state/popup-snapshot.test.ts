// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkInPutOff } from './check-in-put-off';
import { keepSnapshot, keptSnapshot, keepTomorrow, keptTomorrow, paintSnapshot, snapshotKey } from './popup-snapshot';

const DAY = new Date(2026, 10, 26, 7, 30);
const PLAN = { profile: { done: true }, profile$: { v: 2, seal: 'a' }, settings: { units: 'km' }, log: { sessions: [] } };
const host = () => {
  const div = document.createElement('div');
  document.body.replaceChildren(div);
  return div;
};

beforeEach(() => {
  fakeBrowser.reset();
  localStorage.clear();
});

describe('the key of what the first screen is drawn from', () => {
  it('is the same for the same build, day, put-off and storage, and changes with each of them', async () => {
    await fakeBrowser.storage.local.set(PLAN);
    const key = await snapshotKey(DAY, '0.1.0');
    expect(key).toMatch(/^[0-9a-z]+$/);
    expect(await snapshotKey(new Date(2026, 10, 26, 22, 59), '0.1.0')).toBe(key);
    expect(await snapshotKey(new Date(2026, 10, 27, 0, 1), '0.1.0')).not.toBe(key);
    expect(await snapshotKey(DAY, '0.1.1')).not.toBe(key);
    checkInPutOff.write('2026-11-26');
    expect(await snapshotKey(DAY, '0.1.0')).not.toBe(key);
    checkInPutOff.write(null);
    await fakeBrowser.storage.local.set({ log: { sessions: [{ date: '2026-11-26' }] } });
    expect(await snapshotKey(DAY, '0.1.0')).not.toBe(key);
  });

  it('changes when a value is only sealed or kept aside, and not for the desk ticks and breaks', async () => {
    await fakeBrowser.storage.local.set(PLAN);
    const key = await snapshotKey(DAY, '0.1.0');
    await fakeBrowser.storage.local.set({ ticks: { '2026-11-26': ['water'] }, ticks$: { v: 1 }, breakLog: { x: 1 }, breakSettings: { on: true }, breakSettingsBackup: {} });
    expect(await snapshotKey(DAY, '0.1.0')).toBe(key);
    await fakeBrowser.storage.local.set({ profile$: { v: 2, seal: 'b' } });
    expect(await snapshotKey(DAY, '0.1.0')).not.toBe(key);
    await fakeBrowser.storage.local.set({ profile$: { v: 2, seal: 'a' }, logBackup: { v: 1, value: 'x' } });
    expect(await snapshotKey(DAY, '0.1.0')).not.toBe(key);
  });

  it('leaves out this week\'s plan, which is built from what the key holds, but not a plan kept aside', async () => {
    await fakeBrowser.storage.local.set(PLAN);
    const key = await snapshotKey(DAY, '0.1.0');
    await fakeBrowser.storage.local.set({ weekPlan: { builtFrom: 'x', plan: {} }, weekPlan$: { v: 1, seal: 'c' } });
    expect(await snapshotKey(DAY, '0.1.0')).toBe(key);
    await fakeBrowser.storage.local.set({ weekPlanBackup: { v: 1, value: 'x' } });
    expect(await snapshotKey(DAY, '0.1.0')).not.toBe(key);
  });

  it('is none while a guided session is under way: its clock is never drawn from a copy', async () => {
    await fakeBrowser.storage.local.set({ ...PLAN, guidedSession: { step: 2 } });
    expect(await snapshotKey(DAY, '0.1.0')).toBeNull();
    await fakeBrowser.storage.local.set({ guidedSession: null });
    expect(await snapshotKey(DAY, '0.1.0')).not.toBeNull();
  });
});

describe('the kept snapshot', () => {
  it('round-trips, and anything of the wrong shape counts as none', () => {
    expect(keptSnapshot()).toBeNull();
    keepSnapshot({ key: 'k1', html: '<h1>Today</h1>', screen: 'plan' });
    expect(keptSnapshot()).toEqual({ key: 'k1', html: '<h1>Today</h1>', screen: 'plan' });
    keepSnapshot({ key: null, html: '', screen: 'questions', day: '2026-11-26' });
    expect(keptSnapshot()).toEqual({ key: null, html: '', screen: 'questions', day: '2026-11-26' });
    localStorage.setItem('backstride.popupSnapshot', '{"key":"k","html":"x","screen":"plan","day":7}');
    expect(keptSnapshot(), 'a day that is not a string is left out').toEqual({ key: 'k', html: 'x', screen: 'plan' });
    for (const bad of ['{', '"text"', '5', '{"html":"x","screen":"plan"}', '{"key":1,"html":"x","screen":"plan"}', '{"key":"k","html":"x"}', '{"key":"k","html":"x","screen":2}', '{"key":"k"}', 'null', '[]']) {
      localStorage.setItem('backstride.popupSnapshot', bad);
      expect(keptSnapshot(), bad).toBeNull();
    }
    keepSnapshot(null);
    expect(localStorage.getItem('backstride.popupSnapshot')).toBeNull();
  });

  it("opens with the last open's copy, or on another day with the one drawn ahead for that day", () => {
    const last = { key: 'k1', html: '<h1>Thursday</h1>', screen: 'plan', day: '2026-11-26' };
    const ahead = { key: 'k2', html: '<h1>Friday</h1>', screen: 'plan', day: '2026-11-27' };
    keepTomorrow(ahead);
    keepSnapshot(last);
    // Keeping today's copy leaves tomorrow's.
    expect(keptTomorrow()).toEqual(ahead);
    expect(keptSnapshot('2026-11-26')).toEqual(last);
    expect(keptSnapshot('2026-11-27')).toEqual(ahead);
    // Neither is for Saturday: the last open's, for the name of its screen.
    expect(keptSnapshot('2026-11-28')).toEqual(last);
    expect(keptSnapshot()).toEqual(last);
    // Forgetting forgets both.
    keepSnapshot(null);
    expect(keptSnapshot('2026-11-27')).toBeNull();
    expect(keptTomorrow()).toBeNull();
  });

  it('survives a localStorage that refuses: nothing kept, nothing thrown', () => {
    const real = localStorage;
    const refusing = {
      getItem: (key: string) => real.getItem(key),
      removeItem: (key: string) => real.removeItem(key),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    vi.stubGlobal('localStorage', refusing);
    expect(() => keepSnapshot({ key: 'k', html: 'x', screen: 'plan' })).not.toThrow();
    vi.unstubAllGlobals();
    expect(keptSnapshot()).toBeNull();
  });
});

describe('painting the snapshot', () => {
  it('paints it, inert, only when it was made from exactly what is stored now', async () => {
    await fakeBrowser.storage.local.set(PLAN);
    const key = (await snapshotKey())!;
    const html = '<main><h1 tabindex="-1">Week 2 of 8</h1><button>Start warm-up</button></main>';
    const painted = host();
    expect(await paintSnapshot(painted, { key, html, screen: 'plan' })).toEqual({ key, painted: true });
    expect(painted.querySelector('h1')?.textContent).toBe('Week 2 of 8');
    expect(painted.inert).toBe(true);
    expect(painted.hasAttribute('data-snapshot')).toBe(true);

    await fakeBrowser.storage.local.set({ settings: { units: 'mi' } });
    const changed = host();
    const after = await paintSnapshot(changed, { key, html, screen: 'plan' });
    expect(after).toEqual({ key: await snapshotKey(), painted: false });
    expect(after.key).not.toBe(key);
    expect(changed.childNodes).toHaveLength(0);
    expect(changed.inert).toBe(false);
  });

  it('makes a copy drawn ahead, once painted, the one the next open finds first', async () => {
    await fakeBrowser.storage.local.set(PLAN);
    const key = (await snapshotKey())!;
    keepSnapshot({ key: 'yesterday', html: '<h1>Yesterday</h1>', screen: 'plan', day: '2026-11-25' });
    const ahead = { key, html: '<h1>Today</h1>', screen: 'plan', day: '2026-11-26' };
    expect((await paintSnapshot(host(), ahead)).painted).toBe(true);
    expect(keptSnapshot()).toEqual(ahead);
  });

  it('paints nothing when there is no snapshot, only the name of a screen, or storage cannot be read', async () => {
    const empty = host();
    expect((await paintSnapshot(empty, null)).painted).toBe(false);
    expect((await paintSnapshot(empty, { key: null, html: '<h1>Today</h1>', screen: 'plan' })).painted).toBe(false);
    expect(empty.childNodes).toHaveLength(0);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is off'));
    const failed = host();
    expect(await paintSnapshot(failed, { key: 'k', html: '<h1>x</h1>', screen: 'plan' })).toEqual({ key: null, painted: false });
    expect(failed.childNodes).toHaveLength(0);
    vi.restoreAllMocks();
  });

  it('runs no script in the copy', async () => {
    const key = (await snapshotKey())!;
    const painted = host();
    (globalThis as { ran?: boolean }).ran = false;
    await paintSnapshot(painted, { key, html: '<h1>Today</h1><img src="x" onerror="globalThis.ran = true"><script>globalThis.ran = true</script>', screen: 'plan' });
    await new Promise((r) => setTimeout(r, 20));
    expect((globalThis as { ran?: boolean }).ran).toBe(false);
  });
});
