import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionPerTest } from '../support/extension';
import { computedSizes, designedFor, TEXT_SELECTORS } from '../support/text-sizes';

// Layout facts only a real browser knows: widths with a scrollbar, computed text sizes.
const extension = useExtensionPerTest();

const ALL_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** A returning runner who runs every day, so today always has a warm-up to start. */
const RETURNING = {
  profile: { answers: { plankSeconds: 20, shoeKm: 650, runDays: ALL_DAYS }, safetyAnswered: true, step: 7, done: true },
  profile$: { v: 2 },
};

type Chrome = { chrome: { storage: { local: { set: (v: object) => Promise<void> } } } };
const store = (page: Page, value: object) => page.evaluate((v) => (globalThis as unknown as Chrome).chrome.storage.local.set(v), value);

async function planAt(width: number, height: number): Promise<Page> {
  const page = await extension().open('popup.html');
  await page.setViewportSize({ width, height });
  await page.getByRole('heading', { level: 1 }).waitFor();
  await store(page, RETURNING);
  await page.reload();
  await page.getByRole('heading', { name: 'Week 1 of 8' }).waitFor();
  return page;
}

const widths = (page: Page) =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
    body: document.body.getBoundingClientRect().width,
  }));

describe('popup layout in real Chromium', () => {
  it('scrolls down without scrolling sideways at 380 × 600, and is 380 px wide where there is room', async () => {
    const page = await planAt(380, 600);
    const tall = await widths(page);
    expect(tall.scrollHeight).toBeGreaterThan(tall.clientHeight);
    expect(tall.scrollWidth).toBeLessThanOrEqual(tall.clientWidth);
    expect(tall.body).toBeLessThanOrEqual(tall.clientWidth);
    // With a day open from the week strip too.
    await page.locator('.week-strip button.day:not([aria-current])').first().click();
    await page.locator('#day-view').waitFor();
    const withDay = await widths(page);
    expect(withDay.scrollWidth).toBeLessThanOrEqual(withDay.clientWidth);
    // A real popup window sizes itself to the document: the body asks for 380 px.
    await page.setViewportSize({ width: 800, height: 600 });
    expect((await widths(page)).body).toBe(380);
  });

  it('renders every text size as designed, not at Chrome’s 75 %', async () => {
    const page = await extension().open('popup.html');
    await page.setViewportSize({ width: 380, height: 600 });
    await page.getByRole('heading', { name: /safety check/ }).waitFor();
    const measure = async (selectors: Record<string, string>) => expect(await page.evaluate(computedSizes, selectors)).toEqual(designedFor(selectors));
    await measure(TEXT_SELECTORS.safetyStep);
    await store(page, RETURNING);
    await page.reload();
    await page.getByRole('heading', { name: 'Week 1 of 8' }).waitFor();
    await measure(TEXT_SELECTORS.plan);
    await page.getByRole('button', { name: 'Start warm-up' }).click();
    await page.getByRole('heading', { name: 'Warm-up' }).waitFor();
    await measure(TEXT_SELECTORS.overview);
    const panel = await extension().open('sidepanel.html');
    await panel.getByRole('heading', { name: 'At your desk' }).waitFor();
    expect(await panel.evaluate(computedSizes, TEXT_SELECTORS.sidePanel as Record<string, string>)).toEqual(designedFor(TEXT_SELECTORS.sidePanel));
  });

  it('lays the questions out evenly at 380 px: one-row pain scale, No first, boxes in line with their labels', async () => {
    const page = await extension().open('popup.html');
    await page.setViewportSize({ width: 380, height: 600 });
    const next = () => page.getByRole('button', { name: /^(Next|See my plan)$/ }).click();
    await page.getByLabel('None of these apply to me').check();
    await next();
    for (const title of ['A little about you', 'Your back pain', 'How it behaves', 'Your running', 'Your shoes', 'Strength and stretch', 'Form and history']) {
      await page.getByRole('heading', { name: title }).waitFor();
      const layout = await page.evaluate(() => {
        const centre = (r: DOMRect) => r.top + r.height / 2;
        const scaleRows = [...document.querySelectorAll('.options.scale')].map((f) => new Set([...f.querySelectorAll('label')].map((l) => Math.round(l.getBoundingClientRect().top))).size);
        const firsts = [...document.querySelectorAll('fieldset.options')]
          .map((f) => [...f.querySelectorAll('label.option')].map((l) => l.textContent?.trim()))
          .filter((labels) => labels.includes('Yes'))
          .map((labels) => labels[0]);
        // Each box against the first line of its label's text.
        const offsets = [...document.querySelectorAll('.options:not(.compact) label.option')].map((l) => {
          const text = document.createRange();
          text.selectNodeContents(l.querySelector('span')!);
          const line = text.getClientRects()[0]!;
          return Math.abs(centre(l.querySelector('input')!.getBoundingClientRect()) - centre(line));
        });
        return { scaleRows, firsts, worstOffset: Math.max(0, ...offsets), sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth };
      });
      expect(layout.scaleRows.every((rows) => rows === 1), title).toBe(true);
      expect(layout.firsts.every((first) => first === 'No'), `${title}: ${layout.firsts.join()}`).toBe(true);
      expect(layout.worstOffset, title).toBeLessThanOrEqual(1);
      expect(layout.sideways, title).toBe(false);
      if (title === 'Your back pain') expect(layout.scaleRows).toHaveLength(1);
      if (title === 'Form and history') expect(layout.firsts.length).toBeGreaterThanOrEqual(2);
      await next();
    }
    await page.getByRole('heading', { name: 'Week 1 of 8' }).waitFor();
  });

  it('sets distances and paper out the same way in Settings', async () => {
    const page = await planAt(380, 600);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    const look = (legend: string) =>
      page.evaluate((text) => {
        const fieldset = [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === text)!;
        const label = fieldset.querySelector('label')!;
        return { left: Math.round(label.getBoundingClientRect().left), size: getComputedStyle(label).fontSize, height: Math.round(label.getBoundingClientRect().height) };
      }, legend);
    expect(await look('Distances')).toEqual(await look('Paper for the printed sheet'));
  });
});
