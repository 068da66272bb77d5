import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { CHROME_BUILD, useExtensionPerTest } from '../support/extension';

const extension = useExtensionPerTest();

async function openPopup(): Promise<Page> {
  const page = await extension().open('popup.html');
  await page.setViewportSize({ width: 380, height: 600 });
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

const next = (page: Page) => page.getByRole('button', { name: /^(Next|See my plan)$/ }).click();

const TODAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][(new Date().getDay() + 6) % 7]!;

/** Answers with the defaults; `runToday` also ticks today as a run day, so today has a warm-up. */
async function acceptDefaults(page: Page, { runToday = false } = {}) {
  await page.getByLabel('None of these apply to me').check();
  await next(page);
  for (const title of ['Your back pain', 'Your running', 'Your shoes', 'Strength and stretch', 'Form and history']) {
    await page.getByRole('heading', { name: title }).waitFor();
    if (runToday && title === 'Your running') await page.getByRole('checkbox', { name: TODAY, exact: true }).check();
    await next(page);
  }
  await page.getByRole('heading', { name: 'Week 1 of 8' }).waitFor();
}

describe('popup in real Chromium', () => {
  it('reaches a plan from a fresh profile by accepting defaults, each screen accessible', async () => {
    const page = await openPopup();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('None of these apply to me').check();
    await next(page);
    await page.getByRole('heading', { name: 'Your back pain' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(page.url());
    await page.getByRole('heading', { name: 'Your back pain' }).waitFor();
    for (let i = 0; i < 5; i++) await next(page);
    await page.getByRole('heading', { name: 'Week 1 of 8' }).waitFor();
    expect(await page.getByRole('heading', { name: /^Today, / }).textContent()).toMatch(/Today, \w+day: /);
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    expect(await seriousViolations(page)).toEqual([]);
    // Fits the popup: no horizontal scrolling at 380 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  it('stops on a red flag, with no plan behind it', async () => {
    const page = await openPopup();
    await page.getByLabel('Numbness around the groin, buttocks or inner thighs').check();
    await next(page);
    await page.getByRole('heading', { name: 'Get medical help today' }).waitFor();
    expect(await page.getByText(/emergency department/).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(page.url());
    await page.getByRole('heading', { name: 'Get medical help today' }).waitFor();
    expect(await page.getByText(/Week \d of 8/).count()).toBe(0);
  });

  it('works from the keyboard alone', async () => {
    const page = await openPopup();
    const tabTo = async (name: string) => {
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el?.closest('label')?.textContent ?? el?.textContent ?? '';
        });
        if (focused.includes(name)) return;
      }
      throw new Error(`could not reach "${name}" with Tab`);
    };
    await tabTo('None of these apply to me');
    await page.keyboard.press('Space');
    await tabTo('Next');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Your back pain' }).waitFor();
    // The heading takes focus on each new step, so Tab starts from the top of the step.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await tabTo('Next');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Your running' }).waitFor();
  });

  it('keeps answers when the popup closes mid-way', async () => {
    const page = await openPopup();
    await page.getByLabel('None of these apply to me').check();
    await next(page);
    await page.getByRole('heading', { name: 'Your back pain' }).waitFor();
    await page.getByText('6', { exact: true }).click();
    await page.getByLabel('The next morning').check();
    await page.close();
    const again = await openPopup();
    expect(await again.getByRole('heading', { level: 1 }).textContent()).toBe('Your back pain');
    expect(await again.getByRole('radio', { name: '6' }).isChecked()).toBe(true);
    expect(await again.getByLabel('The next morning').isChecked()).toBe(true);
  });

  it('reopens on the stored plan without loading the exercise library, and rebuilds it for miles', async () => {
    const page = await openPopup();
    await acceptDefaults(page);
    await page.close();
    const again = await extension().context.newPage();
    const scripts: string[] = [];
    again.on('request', (r) => r.url().endsWith('.js') && scripts.push(new URL(r.url()).pathname));
    await again.goto(`chrome-extension://${extension().id}/popup.html`);
    await again.getByRole('heading', { name: 'Week 1 of 8' }).waitFor();
    const code = scripts.map((p) => readFileSync(join(CHROME_BUILD, p), 'utf8')).join('\n');
    // A cue from the library, which only the pipeline's chunks carry.
    expect(code).not.toContain('Elbows under shoulders, body in one line');
    expect(await again.getByText(/\d km\b/).count()).toBeGreaterThan(0);
    await again.getByRole('button', { name: 'Settings' }).click();
    await again.getByText('miles', { exact: true }).click();
    await again.getByRole('button', { name: 'Done' }).click();
    await again.getByRole('heading', { name: 'Week 1 of 8' }).waitFor();
    await again.getByText(/\d mi\b/).first().waitFor();
    expect(await again.getByText(/\d km\b/).count()).toBe(0);
  });

  it('deletes all data from settings: storage empty, break alarm gone, back to the questions', async () => {
    const page = await openPopup();
    await acceptDefaults(page);
    const worker = extension().context.serviceWorkers()[0]!;
    type Chrome = { chrome: { alarms: { getAll: () => Promise<{ name: string }[]> }; storage: { local: { set: (v: object) => Promise<void>; get: () => Promise<object> } } } };
    await worker.evaluate(
      () => (globalThis as unknown as Chrome).chrome.storage.local.set({ breakSettings: { enabled: true, everyMinutes: 40, start: '00:00', end: '23:59', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] } }),
    );
    const alarms = () => worker.evaluate(() => (globalThis as unknown as Chrome).chrome.alarms.getAll().then((a) => a.length));
    await expect.poll(alarms, { timeout: 5000 }).toBe(1);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByRole('heading', { name: /safety check/ }).waitFor();
    await expect.poll(alarms, { timeout: 5000 }).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.get())).toEqual({});
  });

  it('guides the warm-up with a countdown that advances, pauses and skips', async () => {
    const page = await openPopup();
    await acceptDefaults(page, { runToday: true });
    await page.getByRole('button', { name: 'Start warm-up' }).click();
    await page.getByRole('heading', { name: 'Warm-up' }).waitFor();
    const timer = page.getByRole('timer');
    const first = await timer.textContent();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.waitForFunction((before) => document.querySelector('[role=timer]')?.textContent !== before, first, { timeout: 5000 });
    expect(await page.locator('svg.figure').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await timer.textContent();
    await page.waitForTimeout(1300);
    expect(await timer.textContent()).toBe(paused);
    const name = await page.locator('#exercise-name').textContent();
    await page.getByRole('button', { name: /^(Skip|Next)$/ }).click();
    expect(await page.getByText(/^Next up: /).count() + (await page.getByText('Last one.').count())).toBe(1);
    expect((await page.locator('#exercise-name').textContent()) !== name || (await page.getByText(/Set 2|right side/).count()) > 0).toBe(true);
  });

  it('prints: opens the sheet page, which makes a valid PDF to download', async () => {
    const page = await openPopup();
    await acceptDefaults(page);
    const [sheet] = await Promise.all([extension().context.waitForEvent('page'), page.getByRole('button', { name: 'Print this week' }).click()]);
    await sheet.waitForURL(/sheet\.html$/);
    await sheet.getByRole('heading', { name: 'Your printable week' }).waitFor();
    const link = sheet.getByRole('link', { name: 'Download PDF' });
    await link.waitFor();
    expect(await seriousViolations(sheet)).toEqual([]);
    const [download] = await Promise.all([sheet.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('backstride-week-1.pdf');
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe('Backstride: week 1 of 8');
  });
});
