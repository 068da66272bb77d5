import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LogSchema } from '../../lib/schemas/log-file';
import { seriousViolations } from '../support/axe';
import { useExtensionPerTest } from '../support/extension';
import { goodWeek, logOf } from '../support/log-builder';

// Export, delete, import in real Chromium: the file comes back as the same plan; a bad file
// changes nothing and says why.

const extension = useExtensionPerTest();

type Chrome = { chrome: { storage: { local: { set: (v: object) => Promise<void>; get: () => Promise<Record<string, unknown>> } } } };
const stored = (page: Page) => page.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.get());

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const now = new Date();
/** The Monday two weeks before this week's: the runner is in calendar week 3. */
const START = iso(new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7) - 14));
const LOG = logOf([goodWeek(2), goodWeek(3, [6, 7, 8])], START, [{ name: 'Blue trainers', startKm: 250, from: START }]);
const { version: _, start: __, ...ENTRIES } = LOG;

/** A returning runner two weeks into the programme, with a log, ticks and breaks. */
const RUNNER = {
  profile: { answers: { painLevel: 3, weeklyKm: 24, runDays: ['tue', 'thu', 'sat'] }, safetyAnswered: true, step: 7, done: true },
  profile$: { v: 2 },
  settings: { units: 'km', paper: 'a4', startDate: START, sound: false, restSeconds: 20 },
  settings$: { v: 3 },
  log: ENTRIES,
  ticks: { [iso(now)]: ['water'] },
  breakLog: { [iso(now)]: { taken: 2, skipped: 0 } },
};

async function openRunner(): Promise<Page> {
  const page = await extension().open('popup.html');
  await page.setViewportSize({ width: 380, height: 600 });
  await page.evaluate((v) => (globalThis as unknown as Chrome).chrome.storage.local.set(v), RUNNER);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /^Week \d/ }).waitFor();
  return page;
}

/** What the plan screen says: the week heading, today's card and the week at a glance. */
const planText = async (page: Page) => {
  await page.getByRole('heading', { level: 2, name: /^Today, / }).waitFor();
  return [await page.getByRole('heading', { level: 1 }).textContent(), await page.locator('section.today').textContent(), await page.locator('.week-strip').textContent()];
};

const next = (page: Page) => page.getByRole('button', { name: /^(Next|See my plan)$/ }).click();

describe('export and import in real Chromium', () => {
  it('exports, deletes everything, imports the file: the same plan shows', async () => {
    const page = await openRunner();
    const before = await planText(page);
    expect(before[0]).toMatch(/^Week 3, step 2 of 8/);
    const storedBefore = await stored(page);

    await page.getByRole('button', { name: 'Settings' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my data' }).click()]);
    expect(download.suggestedFilename()).toBe(`backstride-data-${iso(new Date())}.json`);
    const path = (await download.path())!;
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file).toMatchObject({ format: 'backstride-export', version: 1, settings: RUNNER.settings, ticks: RUNNER.ticks, breakLog: RUNNER.breakLog });
    // The log part is exactly the log contract, as `--log` reads it.
    expect(LogSchema.parse(file.log)).toEqual(LOG);

    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByRole('heading', { name: /safety check/ }).waitFor();
    expect(await stored(page)).toEqual({});

    // On a fresh start, the questions lead to Settings: accept the defaults.
    await page.getByLabel('None of these apply to me').check();
    await next(page);
    for (let i = 0; i < 7; i++) await next(page);
    await page.getByRole('heading', { name: 'Week 1 of 8' }).waitFor();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Import from a file').setInputFiles(path);
    const preview = page.getByRole('group', { name: /^This file, exported on / });
    await preview.waitFor();
    const text = await preview.textContent();
    expect(text).toContain('3 weeks');
    expect(text).toContain(`${LOG.sessions.length} sessions logged (${LOG.sessions.length} done), ${LOG.mornings.length} mornings`);
    expect(text).toContain('Shoes: Blue trainers');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Replace everything' }).click();
    await page.getByRole('status').filter({ hasText: 'Your data is back in place' }).waitFor();
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await planText(page)).toEqual(before);
    // Everything the runner had, as it was (the stored plan is rebuilt from it).
    // Seals (see validated-item.ts) are the page's note of what it has checked: an import leaves the next read to check and seal.
    const unsealed = (all: Record<string, unknown>) => Object.fromEntries(Object.entries(all).map(([k, v]) => [k, k.endsWith('$') && v && typeof v === 'object' ? { ...v, seal: undefined } : v]));
    const { weekPlan: _a, weekPlan$: _b, ...after } = await stored(page);
    const { weekPlan: _c, weekPlan$: _d, ...was } = storedBefore;
    expect(unsealed(after)).toMatchObject(unsealed(was));
  });

  it('refuses a bad file, a non-JSON file and a newer one, naming the problem and changing nothing', async () => {
    const page = await openRunner();
    await page.getByRole('button', { name: 'Settings' }).click();
    const storedBefore = await stored(page);
    const good = { format: 'backstride-export', version: 1, exportedAt: new Date().toISOString(), profile: { ...RUNNER.profile }, settings: RUNNER.settings, log: { ...LOG }, ticks: {}, breakSettings: { enabled: false, everyMinutes: 40, start: '09:00', end: '17:00', days: ['mon'] }, breakLog: {} };
    const badLog = { ...LOG, sessions: [{ ...LOG.sessions[0], pain: 12 }] };
    const files = [
      { name: 'bad.json', body: JSON.stringify({ ...good, log: badLog, theme: 'dark' }), says: ['log.sessions[0].pain: expected a whole number from 0 to 10', 'theme: unknown field'] },
      { name: 'notes.txt', body: 'my runs: tue 5 km', says: ['This file is not JSON'] },
      { name: 'newer.json', body: JSON.stringify({ ...good, version: 2 }), says: ['comes from a newer Backstride (format 2)'] },
    ];
    for (const { name, body, says } of files) {
      await page.getByLabel('Import from a file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      const alert = page.getByRole('alert').filter({ hasText: 'That file was not imported, and nothing was changed' });
      for (const words of says) await alert.getByText(words).first().waitFor();
      expect(await page.getByRole('button', { name: 'Replace everything' }).count()).toBe(0);
    }
    expect(await seriousViolations(page)).toEqual([]);
    expect(await stored(page)).toEqual(storedBefore);
  });

  it('keeps the file whole when the popup closes as the download starts', async () => {
    const page = await openRunner();
    await page.getByRole('button', { name: 'Settings' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my data' }).click()]);
    // The toolbar popup closes as focus leaves it; its Blob URL goes with it.
    await page.close();
    expect(await download.failure()).toBeNull();
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).log).toEqual(LOG);
  });

  it('cancels a preview and leaves everything as it was', async () => {
    const page = await openRunner();
    await page.getByRole('button', { name: 'Settings' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my data' }).click()]);
    const storedBefore = await stored(page);
    await page.getByLabel('Import from a file').setInputFiles((await download.path())!);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByRole('button', { name: 'Replace everything' }).count()).toBe(0);
    expect(await page.getByLabel('Import from a file').inputValue()).toBe('');
    expect(await stored(page)).toEqual(storedBefore);
  });
});
