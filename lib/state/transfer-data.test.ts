import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCli } from '../../tests/support/run-cli';
import { goodWeek, logOf } from '../../tests/support/log-builder';
import { entriesOf } from '../domain/log-entries';
import { LogSchema } from '../schemas/log-file';
import { parseExport } from '../schemas/parse-export';
import { DEFAULT_PROFILE } from '../schemas/profile-values';
import { createAppState } from './app-state';
import { buildExport, type StoredData } from './build-export';
import { summariseExport } from './summarise-export';
import { defineDeskItems } from './desk-items';
import { logFor } from '../domain/log-entries';
import { defineStoredItems } from './stored-items';
import { readStoredData, replaceAllData, type TransferItems } from './transfer-data';

const NOW = new Date('2026-11-26T08:00:00Z');
const LOG = logOf([goodWeek(2), goodWeek(2), { runs: [{ dow: 1, km: 7, pain: 3 }], flare: 2 }], '2026-11-02', [
  { name: 'Old pair', startKm: 600, from: '2026-11-02', retired: '2026-11-10' },
  { name: 'Trail shoes', startKm: 20, from: '2026-11-10' },
]);

/** A runner three weeks in: answers, settings, a log, ticks and breaks, as stored in WXT's layout. */
const RUNNER = {
  profile: { ...DEFAULT_PROFILE, answers: { ...DEFAULT_PROFILE.answers, painLevel: 4, weeklyKm: 25 }, safetyAnswered: true, step: 7, done: true },
  'profile$': { v: 2 },
  settings: { units: 'mi', paper: 'letter', startDate: '2026-11-04', sound: false, restSeconds: 30 },
  'settings$': { v: 3 },
  log: entriesOf(LOG),
  ticks: { '2026-11-25': ['water', 'stand-up'] },
  breakSettings: { enabled: true, everyMinutes: 30, start: '08:00', end: '16:00', days: ['mon'] },
  breakLog: { '2026-11-25': { taken: 3, skipped: 1 } },
};

beforeEach(() => fakeBrowser.reset());

const seed = (values: Record<string, unknown>) => browser.storage.local.set(values);
const items = (): TransferItems => ({ stored: defineStoredItems(), desk: defineDeskItems() });
const exported = async () => buildExport(await readStoredData(items()), NOW);

describe('exporting', () => {
  it('holds everything stored, with the log as the log contract', async () => {
    await seed(RUNNER);
    const data = await exported();
    expect(data).toMatchObject({ format: 'backstride-export', version: 1, exportedAt: '2026-11-26T08:00:00.000Z', settings: RUNNER.settings, ticks: RUNNER.ticks, breakLog: RUNNER.breakLog, breakSettings: RUNNER.breakSettings });
    expect(data.profile.answers.painLevel).toBe(4);
    // The start is the Monday of the start date; the entries are exactly what is stored: logFor's log.
    expect(data.log).toEqual({ ...LOG, start: '2026-11-02' });
    expect(data.log).toEqual(logFor(entriesOf(LOG), RUNNER.settings.startDate));
    expect(LogSchema.safeParse(data.log).success).toBe(true);
  });

  it('reads back through the import exactly as it went out', async () => {
    await seed(RUNNER);
    const data = await exported();
    expect(parseExport(JSON.stringify(data, null, 2))).toEqual({ ok: true, value: data });
  });

  it("runs through the plan command: its answers and its log part, as the README says", async () => {
    await seed(RUNNER);
    const data = await exported();
    const dir = mkdtempSync(join(tmpdir(), 'backstride-export-'));
    writeFileSync(join(dir, 'answers.json'), JSON.stringify(data.profile.answers));
    writeFileSync(join(dir, 'log.json'), JSON.stringify(data.log));
    const run = await runCli('plan', ['answers.json', '--log', 'log.json', '--today', '2026-11-26'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).progress).toMatchObject({ calendarWeek: 4 });
  });

  it('has no log before a programme starts, and keeps entries logged with no start date', async () => {
    expect((await exported()).log).toBeNull();
    // A start date that could not be read: the log is dated from the Monday of its first entry.
    await seed({ log: { ...entriesOf(LOG), sessions: LOG.sessions.slice(7), mornings: [], shoes: [] } });
    expect((await exported()).log).toMatchObject({ start: '2026-11-09', sessions: LOG.sessions.slice(7) });
  });
});

describe('importing', () => {
  it('replaces everything in one set call: derived values and kept originals go, breaks come back off', async () => {
    await seed(RUNNER);
    const data = await exported();
    await fakeBrowser.storage.local.clear();
    await seed({ profile: DEFAULT_PROFILE, weekPlan: { old: true }, guidedSession: { at: 1 }, profileBackup: { v: 1, value: 'x' }, ticks: { '2026-11-20': ['old'] } });
    const set = vi.spyOn(browser.storage.local, 'set');
    await replaceAllData(data, items());
    expect(set).toHaveBeenCalledTimes(1);
    const stored = await browser.storage.local.get(null);
    expect(stored).toEqual({
      ...RUNNER,
      log: entriesOf(LOG),
      'log$': { v: 1 },
      'ticks$': { v: 1 },
      breakSettings: { ...RUNNER.breakSettings, enabled: false },
      'breakSettings$': { v: 1 },
      'breakLog$': { v: 1 },
    });
    // And it reads back as the same data (breaks off).
    expect(buildExport(await readStoredData(items()), NOW)).toEqual({ ...data, breakSettings: { ...data.breakSettings, enabled: false } });
  });

  it('changes nothing when storage refuses the write', async () => {
    await seed(RUNNER);
    const data = await exported();
    await seed({ profile: DEFAULT_PROFILE });
    const before = await browser.storage.local.get(null);
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(replaceAllData(data, items())).rejects.toThrow('QUOTA_BYTES quota exceeded');
    expect(await browser.storage.local.get(null)).toEqual(before);
  });

  it("waits for a write under way in another page, then replaces it: nothing older is written back", async () => {
    await seed(RUNNER);
    const data = await exported();
    const other = defineStoredItems();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // Another page's settings write, part way through its step when the import starts.
    const writing = other.settings.locked(() => held.then(() => browser.storage.local.set({ settings: { ...RUNNER.settings, units: 'km' } })));
    const importing = replaceAllData({ ...data, settings: { ...data.settings, paper: 'a4' } }, items());
    await new Promise((r) => setTimeout(r, 20));
    expect((await browser.storage.local.get('settings')).settings).toEqual(RUNNER.settings);
    release();
    await Promise.all([writing, importing]);
    expect((await browser.storage.local.get('settings')).settings).toEqual({ ...RUNNER.settings, paper: 'a4' });
  });

  it('shows on an open page at once: the answers, the start and the log', async () => {
    await seed(RUNNER);
    const data = await exported();
    await fakeBrowser.storage.local.clear();
    const state = createAppState({ now: () => NOW });
    const other = createAppState({ now: () => NOW });
    await Promise.all([state.load(), other.load()]);
    expect(state.profile.value.done).toBe(false);
    await replaceAllData(data, { stored: state.items, desk: defineDeskItems() });
    for (const page of [state, other]) {
      await vi.waitFor(() => expect(page.log.value).toEqual({ ...LOG, start: '2026-11-02' }));
      expect(page.profile.value.answers.painLevel).toBe(4);
      expect(page.settings.value).toEqual(RUNNER.settings);
    }
  });
});

describe('the preview', () => {
  it('counts what the file holds', async () => {
    await seed(RUNNER);
    expect(summariseExport(await exported())).toEqual({
      exportedAt: '2026-11-26T08:00:00.000Z',
      programmeStart: '2026-11-04',
      weeks: 4,
      sessions: LOG.sessions.length,
      sessionsDone: LOG.sessions.length,
      mornings: 6,
      flares: 1,
      shoes: ['Old pair', 'Trail shoes'],
      tickDays: 1,
      breaksTaken: 3,
      answered: true,
      breaksWereOn: true,
    } satisfies ReturnType<typeof summariseExport>);
  });

  it('says so for a runner with nothing logged yet', async () => {
    const summary = summariseExport(await exported());
    expect(summary).toMatchObject({ programmeStart: null, weeks: 0, sessions: 0, mornings: 0, shoes: [], answered: false, breaksWereOn: false });
  });
});
