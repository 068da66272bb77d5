import { PDFDocument } from 'pdf-lib';
import type { Page } from 'puppeteer-core';
import { describe, expect, it, vi } from 'vitest';
import { useFirefoxPerTest } from '../support/firefox';
import { computedSizes, designedFor, TEXT_SELECTORS } from '../support/text-sizes';

// The Firefox build in Debian's Firefox ESR: the same pages on Firefox's storage, module loading,
// sidebar page and PDF code paths. Chromium's suite covers the flows in depth; this one proves
// each surface works in Firefox too.
const firefox = useFirefoxPerTest();

const heading = (page: Page) => page.waitForSelector('h1').then((h) => h!.evaluate((e) => e.textContent));
const headingIs = (page: Page, text: string) => page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, {}, text);
const clickText = (page: Page, text: string) => page.locator(`::-p-text(${text})`).click();
const storage = (page: Page, key: string) => page.evaluate((k) => (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser.storage.local.get(k), key);

const DONE = { profile: { answers: { plankSeconds: 20, shoeKm: 650 }, safetyAnswered: true, step: 5, done: true }, profile$: { v: 2 } };

describe('the Firefox build in real Firefox', () => {
  it('reaches a plan by accepting defaults, then reopens on the stored plan', async () => {
    const popup = await firefox().open('popup.html');
    expect(await heading(popup)).toMatch(/safety check/);
    await clickText(popup, 'None of these apply to me');
    await popup.locator('form button[type=submit]').click();
    // One step at a time: a click that lands before the next step shows would answer the same step twice.
    for (const title of ['A little about you', 'Your back pain', 'How it behaves', 'Your running', 'Your shoes', 'Strength and stretch', 'Form and history']) {
      await headingIs(popup, title);
      await popup.locator('form button[type=submit]').click();
    }
    await headingIs(popup, 'Week 1 of 8');
    expect(await popup.evaluate(() => document.body.textContent)).toMatch(/Likely causes/);
    const again = await firefox().open('popup.html');
    await headingIs(again, 'Week 1 of 8');
    expect(await storage(again, 'weekPlan')).toMatchObject({ weekPlan: { plan: { week: { number: 1 } } } });
  });

  it('paints the plan from the copy kept at the last open, then the app takes over', async () => {
    const setup = await firefox().open('popup.html');
    await setup.evaluate((v) => (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser.storage.local.set(v), DONE);
    await setup.close();
    // The first open seals what it read (so keeps no copy); the next one keeps its first screen.
    for (let open = 0; open < 3; open++) {
      const popup = await firefox().open('popup.html');
      await headingIs(popup, 'Week 1 of 8');
      // A copy to paint (with its key), not only the name of the screen shown.
      const kept = await popup.waitForFunction(() => (JSON.parse(localStorage.getItem('backstride.popupSnapshot') ?? 'null') as { key: string | null } | null)?.key, { timeout: 2_000 }).then(() => true, () => false);
      await popup.close();
      if (kept) break;
    }
    const popup = await firefox().open('popup.html');
    await popup.waitForFunction(() => performance.getEntriesByName('backstride:snapshot replaced').length === 1);
    expect(await heading(popup)).toBe('Week 1 of 8');
    expect(await popup.evaluate(() => [document.querySelectorAll('#app').length, document.querySelectorAll('[data-snapshot], [inert]').length, document.activeElement?.tagName])).toEqual([1, 0, 'H1']);
  }, 60_000);

  it('logs a session in one tap and keeps it in Firefox storage', async () => {
    const popup = await firefox().open('popup.html');
    const everyDay = { ...DONE, profile: { ...DONE.profile, answers: { ...DONE.profile.answers, runDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], painLevel: 2 } } };
    await popup.evaluate((v) => (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser.storage.local.set(v), everyDay);
    const plan = await firefox().open('popup.html');
    // Finishing the questions is what gives a programme its start; here the start is set as Settings would.
    await plan.evaluate(() => (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser.storage.local.set({ settings: { units: 'km', paper: 'a4', startDate: new Date().toISOString().slice(0, 10), sound: false, restSeconds: 20 }, settings$: { v: 3 } }));
    await plan.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.getAttribute('aria-label')?.startsWith('Done, pain 2 as usual')));
    await plan.locator('button[aria-label^="Done, pain 2 as usual"]').click();
    await plan.waitForFunction(() => document.body.textContent?.includes('Done, pain 2/10'));
    // The card shows it at once; the write lands a moment later.
    const sessions = async () => ((await storage(plan, 'log')) as { log?: { sessions: { kind: string; done: boolean; pain: number }[] } }).log?.sessions;
    await expect.poll(sessions).toEqual([expect.objectContaining({ kind: 'run', done: true, pain: 2 })]);
  });

  it('renders every text size as designed', async () => {
    const popup = await firefox().open('popup.html');
    const measure = async (page: Page, selectors: Record<string, string>) => expect(await page.evaluate(computedSizes, selectors)).toEqual(designedFor(selectors));
    expect(await heading(popup)).toMatch(/safety check/);
    await measure(popup, TEXT_SELECTORS.safetyStep);
    // Every day a run day, so today has a warm-up to open.
    const everyDay = { ...DONE, profile: { ...DONE.profile, answers: { ...DONE.profile.answers, runDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] } } };
    await popup.evaluate((v) => (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser.storage.local.set(v), everyDay);
    const plan = await firefox().open('popup.html');
    await headingIs(plan, 'Week 1 of 8');
    await measure(plan, TEXT_SELECTORS.plan);
    await clickText(plan, 'Start warm-up');
    await headingIs(plan, 'Warm-up');
    await measure(plan, TEXT_SELECTORS.overview);
    const panel = await firefox().open('sidepanel.html');
    await headingIs(panel, 'At your desk');
    await measure(panel, TEXT_SELECTORS.sidePanel);
  });

  it('keeps side panel ticks across a reload', async () => {
    const panel = await firefox().open('sidepanel.html');
    await headingIs(panel, 'At your desk');
    await clickText(panel, 'Diet');
    await clickText(panel, 'Water through the day');
    await panel.waitForFunction(() => document.body.textContent?.includes('1 of 4 today'));
    // The tick is on screen before it is in storage: wait for the write before opening the panel again.
    await vi.waitFor(async () => expect(JSON.stringify(await storage(panel, 'ticks'))).toContain('"water"'));
    const again = await firefox().open('sidepanel.html');
    await headingIs(again, 'At your desk');
    expect(await again.evaluate(() => [...document.querySelectorAll('label')].find((l) => l.textContent?.includes('Water through the day'))?.querySelector('input')?.checked)).toBe(true);
  });

  it('offers a due posture break in the open sidebar page', async () => {
    const panel = await firefox().open('sidepanel.html');
    await headingIs(panel, 'At your desk');
    const breaks = { breakSettings: { enabled: true, everyMinutes: 40, start: '00:00', end: '23:59', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] } };
    await panel.evaluate((v) => (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser.storage.local.set(v), breaks);
    await panel.waitForFunction(() => (document.querySelector('[role=switch]') as HTMLInputElement | null)?.checked === true);
    // The first read stores the settings as this build reads them (and seals them); the background then
    // sets the break alarm afresh. Bring the break forward only after that, or it would be set back.
    await panel.waitForFunction(async () => {
      const b = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
      const meta = (await b.storage.local.get('breakSettings$'))['breakSettings$'] as { seal?: string } | undefined;
      return typeof meta?.seal === 'string' && (await b.alarms.get('posture-break')) !== undefined;
    });
    await panel.evaluate(() => (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser.alarms.create('posture-break', { when: Date.now() + 100 }));
    await panel.waitForFunction(() => document.querySelector('[role=alert]')?.textContent?.includes('Time for a posture break'));
    await clickText(panel, 'Start the break');
    await headingIs(panel, 'Posture break');
    // Firefox's alarm goes through its background page: under a full parallel run it can take a while.
  }, 45_000);

  it('makes the week sheet with pdf-lib, offered as a one-page PDF', async () => {
    const setup = await firefox().open('popup.html');
    await setup.evaluate((v) => (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser.storage.local.set(v), DONE);
    const sheet = await firefox().open('sheet.html');
    const link = await sheet.waitForSelector('a[download]');
    const bytes = await link!.evaluate(async (a) => [...new Uint8Array(await (await fetch((a as HTMLAnchorElement).href)).arrayBuffer())]);
    const pdf = await PDFDocument.load(new Uint8Array(bytes));
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toMatch(/Backstride/);
  });
});
