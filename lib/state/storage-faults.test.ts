import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_ANSWERS } from '../schemas/profile-values';
import { createAppState } from './app-state';
import { testPlanModel } from '../../tests/support/test-plan-model';
import { createDeskState } from './desk-state';

const THU = new Date(2026, 10, 26, 10, 0);
const now = () => THU;
const DONE = { answers: { plankSeconds: 20 }, safetyAnswered: true, step: 5, done: true };
const settle = () => new Promise((r) => setTimeout(r, 5));
const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

async function openPopup() {
  const app = createAppState({ now });
  await app.load();
  return app;
}

async function openPanel() {
  const app = await openPopup();
  const desk = createDeskState({ app, plan: testPlanModel(app, 'test').plan, now, requestNotifications: async () => true, snoozeBreak: async () => {} });
  await desk.load();
  return { app, desk };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => vi.restoreAllMocks());

describe('one unreadable field never throws the rest away', () => {
  it('keeps every answer that still reads, defaults only the bad one, and keeps the original aside until dismissed', async () => {
    const original = { ...DONE, answers: { painLevel: 6, weeklyKm: 35, shoeKm: 'lots', painlevel: 9 }, clearedOn: { 'night-pain': '2026-02-30' } };
    await fakeBrowser.storage.local.set({ profile: original, profile$: { v: 2 } });
    const app = await openPopup();
    expect(app.profile.value).toMatchObject({ done: true, step: 5, answers: { painLevel: 6, weeklyKm: 35, shoeKm: DEFAULT_ANSWERS.shoeKm }, clearedOn: {} });
    expect(app.notices.value).toEqual([expect.stringMatching(/could not read all of your saved answers: what could be read is kept/)]);
    expect(await stored('profileBackup')).toEqual({ v: 2, value: original });
    // The mended value is stored once; the notice stays, on every page, until the runner dismisses it.
    expect(await stored('profile')).toMatchObject({ answers: { painLevel: 6, weeklyKm: 35 } });
    await app.setAnswer('age', 40);
    expect((await stored('profile')) as object).toMatchObject({ answers: { painLevel: 6, weeklyKm: 35, age: 40 } });
    const again = await openPopup();
    expect(again.notices.value).toHaveLength(1);
    again.dismissNotices();
    await settle();
    expect(await stored('profileBackup')).toBeUndefined();
    expect((await openPopup()).notices.value).toEqual([]);
  });

  it('keeps settings that read when one does not: a start date that is no date falls back, units stay', async () => {
    await fakeBrowser.storage.local.set({ settings: { units: 'mi', paper: 'letter', startDate: '2026-13-45', sound: true }, settings$: { v: 2 } });
    const app = await openPopup();
    expect(app.settings.value).toEqual({ units: 'mi', paper: 'letter', startDate: null, sound: true, restSeconds: 20 });
    expect(app.notices.value[0]).toMatch(/could not read all of your settings/);
  });

  it('keeps ticks and breaks day by day: one bad day loses that day only', async () => {
    await fakeBrowser.storage.local.set({
      ticks: { '2026-11-25': ['water'], '2026-11-24': 'feet-flat', 'yesterday': ['x'], '2026-11-26': ['feet-flat'] },
      breakLog: { '2026-11-25': { taken: 2, skipped: 1 }, '2026-11-24': { taken: -1, skipped: 0 } },
    });
    const { desk } = await openPanel();
    expect(desk.ticked.value).toEqual(new Set(['feet-flat']));
    expect(desk.breaksThisWeek.value).toEqual({ taken: 2, skipped: 1 });
    expect(desk.notices.value).toEqual([expect.stringMatching(/your checklist ticks/), expect.stringMatching(/your break history/)]);
    await desk.tick('water', true);
    expect(await stored('ticks')).toEqual({ '2026-11-25': ['water'], '2026-11-26': ['feet-flat', 'water'] });
    expect(((await stored('ticksBackup')) as { value: object }).value).toMatchObject({ yesterday: ['x'] });
  });

  it('falls back to the defaults with a notice when the value is not even an object, keeping it aside', async () => {
    await fakeBrowser.storage.local.set({ settings: 42, settings$: { v: 2 } });
    const app = await openPopup();
    expect(app.settings.value.units).toBe('km');
    expect(app.notices.value[0]).toMatch(/could not read all of your settings/);
    expect(await stored('settingsBackup')).toEqual({ v: 2, value: 42 });
  });

  it('shows a bad value another page wrote with a notice, never an error', async () => {
    const { app, desk } = await openPanel();
    await fakeBrowser.storage.local.set({ ticks: { '2026-11-26': ['water'], '2026-99-01': ['x'] }, settings: { units: 'mi', paper: 7, startDate: null, sound: false } });
    await settle();
    expect(desk.ticked.value).toEqual(new Set(['water']));
    expect(app.settings.value.units).toBe('mi');
    expect(desk.notices.value[0]).toMatch(/checklist ticks/);
    expect(app.notices.value[0]).toMatch(/your settings/);
  });
});

describe('failed writes are never silent', () => {
  it('says so when storage refuses a tick, and shows what is really stored', async () => {
    const { desk } = await openPanel();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await desk.tick('water', true);
    expect(desk.notices.value).toEqual(['We could not save your checklist ticks (QUOTA_BYTES quota exceeded), so this shows what is stored.']);
    expect(desk.ticked.value.has('water')).toBe(false);
    expect(await stored('ticks')).toBeUndefined();
  });

  it('says so when storage refuses an answer or a setting, and shows what is stored', async () => {
    await fakeBrowser.storage.local.set({ profile: DONE, profile$: { v: 2 } });
    const app = await openPopup();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('disk full'));
    await Promise.all([app.setAnswer('painLevel', 7), app.updateSettings({ units: 'mi' })]);
    expect(app.notices.value).toEqual([expect.stringMatching(/could not save your saved answers \(disk full\)/), expect.stringMatching(/could not save your settings/)]);
    expect(app.profile.value.answers.painLevel).toBe(3);
    expect(app.settings.value.units).toBe('km');
  });

  it('says so when storage cannot be read at all, and writes nothing', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const app = await openPopup();
    expect(app.notices.value).toEqual([expect.stringMatching(/could not open your saved answers/), expect.stringMatching(/could not open your settings/), expect.stringMatching(/could not open your training log/)]);
    expect(set).not.toHaveBeenCalled();
  });

  it('says so when deleting everything fails', async () => {
    const app = await openPopup();
    vi.spyOn(fakeBrowser.storage.local, 'clear').mockRejectedValue(new Error('busy'));
    await app.eraseAll();
    expect(app.notices.value).toEqual(['We could not delete your data (busy).']);
  });
});

describe('days after today', () => {
  it('keeps ticks and breaks dated after today (a clock set back, a time-zone change) on the next write', async () => {
    await fakeBrowser.storage.local.set({ ticks: { '2026-11-27': ['water'], '2027-01-02': ['feet-flat'] }, breakLog: { '2026-11-27': { taken: 1, skipped: 0 } } });
    const { desk } = await openPanel();
    await desk.tick('feet-flat', true);
    await desk.answerBreak('take');
    expect(await stored('ticks')).toEqual({ '2026-11-27': ['water'], '2027-01-02': ['feet-flat'], '2026-11-26': ['feet-flat'] });
    expect(await stored('breakLog')).toEqual({ '2026-11-27': { taken: 1, skipped: 0 }, '2026-11-26': { taken: 1, skipped: 0 } });
  });
});

describe('a value from a newer version', () => {
  it('is read as well as it can be, with a notice, and converted once: no downgrade error on every load', async () => {
    const errors = vi.spyOn(console, 'error');
    const newer = { units: 'mi', paper: 'a4', startDate: '2026-11-02', sound: false, theme: 'dark' };
    await fakeBrowser.storage.local.set({ settings: newer, settings$: { v: 99 } });
    const first = await openPopup();
    expect(first.settings.value).toEqual({ units: 'mi', paper: 'a4', startDate: '2026-11-02', sound: false, restSeconds: 20 });
    expect(first.notices.value).toEqual([expect.stringMatching(/^Your settings came from a newer version of Backstride/)]);
    expect(await stored('settings$')).toMatchObject({ v: 3 });
    expect(await stored('settingsBackup')).toEqual({ v: 99, value: newer });
    first.dismissNotices();
    await settle();
    for (let load = 0; load < 3; load++) expect((await openPopup()).notices.value).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('the programme', () => {
  it('keeps the programme going through a retake after the 8 weeks; a new one starts only when asked', async () => {
    await fakeBrowser.storage.local.set({ profile: DONE, profile$: { v: 2 }, settings: { units: 'km', paper: 'a4', startDate: '2026-08-03', sound: false }, settings$: { v: 2 } });
    const app = await openPopup();
    await app.retake();
    await app.finish();
    expect(app.settings.value.startDate).toBe('2026-08-03');
    await app.newProgramme();
    expect(app.settings.value.startDate).toBe('2026-11-26');
    expect(app.log.value?.start).toBe('2026-11-23');
  });

  it('keeps the start date when the questions are retaken during the 8 weeks', async () => {
    await fakeBrowser.storage.local.set({ profile: DONE, profile$: { v: 2 }, settings: { units: 'km', paper: 'a4', startDate: '2026-11-09', sound: false }, settings$: { v: 2 } });
    const app = await openPopup();
    await app.retake();
    await app.finish();
    expect(app.week.value).toEqual({ week: 3, finished: false });
  });

  it('has no log contract while the start date is no date, and never throws on it', async () => {
    await fakeBrowser.storage.local.set({ settings: { units: 'km', paper: 'a4', startDate: '2026-13-45', sound: false }, settings$: { v: 2 } });
    const app = await openPopup();
    expect(app.settings.value.startDate).toBeNull();
    expect(app.log.value).toBeNull();
  });

  it('keeps the log readable when one entry is bad: the rest stays, the original is kept aside', async () => {
    const good = { date: '2026-11-24', kind: 'run', done: true, km: 5, pain: 2 };
    await fakeBrowser.storage.local.set({ log: { sessions: [good], mornings: [{ date: '2026-11-25', pain: 14, compared: 'same' }], flares: [], shoes: [] }, log$: { v: 1 } });
    const app = await openPopup();
    expect(app.logEntries.value.sessions).toEqual([good]);
    expect(app.notices.value.join(' ')).toMatch(/training log/);
    expect((await fakeBrowser.storage.local.get('logBackup')).logBackup).toBeDefined();
  });
});

describe('deleting all data', () => {
  it('also gives back the optional notifications permission', async () => {
    const remove = vi.fn(async () => true);
    fakeBrowser.permissions.remove = remove as never;
    await fakeBrowser.storage.local.set({ profile: DONE, ticks: { '2026-11-26': ['water'] } });
    const app = await openPopup();
    await app.eraseAll();
    expect(remove).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(app.profile.value.done).toBe(false);
  });

  it('still deletes everything where the browser cannot take the permission back', async () => {
    fakeBrowser.permissions.remove = (() => {
      throw new Error('not implemented');
    }) as never;
    await fakeBrowser.storage.local.set({ profile: DONE });
    const app = await openPopup();
    await app.eraseAll();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(app.notices.value).toEqual([]);
  });
});
