import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { useExtensionPerTest } from '../support/extension';

// The loop a runner goes round, in real Chromium with a faked clock: log a run, answer the morning
// check-in the next day, and see the next week decided by the log, then the progress chart.

const extension = useExtensionPerTest();

type Chrome = { chrome: { storage: { local: { set: (v: object) => Promise<void>; get: (k: string) => Promise<Record<string, unknown>> } } } };

// Programme week 1 starts Monday 30 November 2026; runs on Wednesday, Thursday and Saturday.
const SEED = {
  profile: { answers: { runDays: ['wed', 'thu', 'sat'], painLevel: 3, weeklyKm: 20, longestRunKm: 8 }, safetyAnswered: true, step: 7, done: true },
  profile$: { v: 2 },
  settings: { units: 'km', paper: 'a4', startDate: '2026-11-30', sound: false, restSeconds: 20 },
  settings$: { v: 3 },
};
const at = (iso: string) => new Date(`${iso}T08:00:00`);

async function openPopup(when: string): Promise<Page> {
  await extension().context.clock.setFixedTime(at(when));
  const page = await extension().open('popup.html');
  await page.setViewportSize({ width: 380, height: 600 });
  return page;
}
const stored = (page: Page, key: string) => page.evaluate((k) => (globalThis as unknown as Chrome).chrome.storage.local.get(k).then((r) => r[k]), key);
const todayRunKm = async (page: Page) => Number((await page.locator('section.today').getByText(/^Run [\d.]+ km/).first().textContent())!.match(/Run ([\d.]+) km/)![1]);

describe('the log, in real Chromium with a faked clock', () => {
  it('logs a run, asks the next morning, and lets the log decide the next week and its cap', async () => {
    let page = await openPopup('2026-12-02');
    await page.evaluate((v) => (globalThis as unknown as Chrome).chrome.storage.local.set(v), SEED);
    await page.reload();
    await page.getByRole('heading', { name: 'Week 1 of 8' }).waitFor();
    const today = page.locator('section.today');
    await today.getByRole('heading', { name: 'Today, Wednesday: Run day' }).waitFor();
    const planned = await todayRunKm(page);

    // Wednesday: the run, with its own pain, the planned distance kept.
    await today.getByRole('button', { name: /^Other… \(Run / }).click();
    await today.locator('.log-form label.option').filter({ hasText: /^2$/ }).click();
    await today.getByRole('button', { name: 'Save' }).click();
    await today.getByText(`Done, pain 2/10, ${planned} km`).waitFor();
    expect(await stored(page, 'log')).toEqual({ sessions: [{ date: '2026-12-02', kind: 'run', done: true, km: planned, pain: 2 }], mornings: [], flares: [], shoes: [] });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();

    // Thursday morning: the check-in, once; a morning as usual leaves the run as planned.
    page = await openPopup('2026-12-03');
    const checkIn = page.getByRole('region', { name: 'Good morning. How is your back?' });
    await checkIn.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await checkIn.locator('label.option').filter({ hasText: /^2$/ }).click();
    await checkIn.locator('label', { hasText: 'Same' }).click();
    await checkIn.getByRole('button', { name: 'Save' }).click();
    await checkIn.waitFor({ state: 'detached' });
    const thursday = await todayRunKm(page);
    await page.locator('section.today').getByRole('button', { name: /^Done, pain 2 as usual: Run/ }).click();
    await page.locator('section.today').getByText(`Done, pain 2/10, ${thursday} km`).waitFor();
    await page.close();

    // The rest of a good week, as another page would have logged it.
    page = await openPopup('2026-12-06');
    const log = (await stored(page, 'log')) as { sessions: object[]; mornings: object[] };
    const rest = [
      { date: '2026-11-30', kind: 'strength', done: true, pain: 2 },
      { date: '2026-12-01', kind: 'strength', done: true, pain: 2 },
      { date: '2026-12-04', kind: 'strength', done: true, pain: 1 },
      { date: '2026-12-05', kind: 'run', done: true, km: 8, pain: 2 },
    ];
    await page.evaluate((v) => (globalThis as unknown as Chrome).chrome.storage.local.set(v), { log: { ...log, sessions: [...log.sessions, ...rest] } });
    await page.close();

    // Monday: the log decides week 2, and its cap is 1.05 x what was run.
    page = await openPopup('2026-12-07');
    await page.getByRole('heading', { name: 'Week 2 of 8' }).waitFor();
    await page.getByText(/^Moved up a step: sessions done, pain low.*\(from last week's log\)\.$/).waitFor();
    const cap = Math.floor((planned + thursday + 8) * 1.05 * 10 + 1e-9) / 10;
    await page.getByText(`Up to ${cap} km this week, set from what you logged last week.`).waitFor();

    // The progress view charts each day's pain.
    await page.getByRole('button', { name: 'Your progress' }).click();
    await page.getByRole('heading', { name: 'Your progress', level: 1 }).waitFor();
    const chart = page.getByRole('img', { name: /pain/i }).first();
    await chart.waitFor();
    expect(await chart.locator('circle').count()).toBeGreaterThanOrEqual(6);
    expect(await chart.locator('rect, path, polyline').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
  }, 90_000);

  it('a flare steps back at once, says so, and Undo takes it back', async () => {
    const page = await openPopup('2026-12-09');
    await page.evaluate((v) => (globalThis as unknown as Chrome).chrome.storage.local.set(v), SEED);
    await page.reload();
    await page.getByRole('heading', { name: 'Week 2, step 1 of 8' }).waitFor();
    await page.getByRole('button', { name: 'Had a flare? Log it' }).click();
    await page.getByRole('status').getByText(/Flare logged/).waitFor();
    expect(((await stored(page, 'log')) as { flares: string[] }).flares).toEqual(['2026-12-09']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => ((await stored(page, 'log')) as { flares: string[] }).flares).toEqual([]);
    await page.getByRole('heading', { name: 'Week 2, step 1 of 8' }).waitFor();
  });
});
