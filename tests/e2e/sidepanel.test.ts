import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { useExtensionPerTest } from '../support/extension';

const extension = useExtensionPerTest();

async function openPanel(): Promise<Page> {
  const page = await extension().open('sidepanel.html');
  await page.setViewportSize({ width: 320, height: 800 });
  await page.getByRole('heading', { name: 'At your desk' }).waitFor();
  return page;
}

describe('side panel in real Chromium', () => {
  it('keeps ticks across a reload, and is accessible in a narrow panel', async () => {
    const page = await openPanel();
    await page.getByLabel(/Feet flat on the floor/).check();
    await page.getByRole('button', { name: /Diet/ }).click();
    await page.getByLabel(/Water through the day/).check();
    await page.getByText('1 of 4 today').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.reload();
    await page.getByRole('heading', { name: 'At your desk' }).waitFor();
    // The open diet list stays open across the reload (remembered for the session, not stored).
    expect(await page.getByRole('button', { name: /Diet/ }).getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByLabel(/Feet flat on the floor/).isChecked()).toBe(true);
    expect(await page.getByLabel(/Water through the day/).isChecked()).toBe(true);
    expect(await page.getByLabel(/Screen|screen at eye level/).isChecked()).toBe(false);
  });

  it('puts breaks at the top on one line while off, and lists fold to their title and count', async () => {
    const page = await extension().open('sidepanel.html');
    await page.setViewportSize({ width: 400, height: 900 });
    await page.getByRole('heading', { name: 'At your desk' }).waitFor();
    const breaks = (await page.getByRole('region', { name: 'Posture breaks' }).boundingBox())!;
    const firstList = (await page.locator('.checklist').first().boundingBox())!;
    expect(breaks.y + breaks.height).toBeLessThanOrEqual(firstList.y);
    expect(breaks.height).toBeLessThan(60);
    const lifestyle = page.getByRole('button', { name: /Lifestyle/ });
    expect((await lifestyle.boundingBox())!.height).toBeLessThan(60);
    await lifestyle.focus();
    await page.keyboard.press('Enter');
    await page.getByLabel(/Seven hours of sleep/).waitFor();
    await page.keyboard.press('Space');
    await page.getByLabel(/Seven hours of sleep/).waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(1600);
    // Breaks on: the settings open under the switch, still above the lists; clean in light and dark.
    await page.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set: (v: object) => Promise<void> } } } }).chrome.storage.local.set({
        breakSettings: { enabled: true, everyMinutes: 40, start: '09:00', end: '17:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
      }),
    );
    await page.getByText(/This week: 0 breaks taken/).waitFor();
    expect((await page.getByRole('region', { name: 'Posture breaks' }).boundingBox())!.y).toBeLessThan((await page.locator('.checklist').first().boundingBox())!.y);
    expect(await page.getByRole('switch', { name: 'Posture breaks' }).isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  it('waits, switch held, while the notifications prompt is open, and stores nothing until it is answered', async () => {
    const page = await openPanel();
    const toggle = page.getByRole('switch', { name: 'Posture breaks' });
    await toggle.click();
    // Headless Chromium leaves the permission prompt open: the panel must say it is waiting, not "on".
    await page.getByText(/Waiting for your answer/).waitFor();
    expect(await toggle.getAttribute('aria-disabled')).toBe('true');
    expect(await toggle.isChecked()).toBe(false);
    // Playwright treats aria-disabled as disabled; the runner can still press it, to no effect.
    await toggle.click({ force: true });
    expect(await toggle.isChecked()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    const stored = await page.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { get: (k: string) => Promise<object> } } } }).chrome.storage.local.get('breakSettings'),
    );
    expect(stored).toEqual({});
    await page.reload();
    await page.getByRole('heading', { name: 'At your desk' }).waitFor();
    expect(await page.getByRole('switch', { name: 'Posture breaks' }).isChecked()).toBe(false);
    expect(await page.getByText(/Waiting for your answer/).count()).toBe(0);
  });

  it('shows a change made on another extension page live, without a reload', async () => {
    const panel = await openPanel();
    const other = await openPanel();
    await other.getByRole('button', { name: /Diet/ }).click();
    await other.getByLabel(/Omega-3/).check();
    await panel.getByRole('button', { name: /Diet/ }).click();
    await panel.getByRole('button', { name: /Lifestyle/ }).click();
    await panel.getByLabel(/Omega-3/).and(panel.locator(':checked')).waitFor({ timeout: 5000 });
    // Answers changed in the popup re-tailor the lists: worn shoes put shoe distance first, marked for you.
    const popup = await extension().open('popup.html');
    await popup.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set: (v: object) => Promise<void> } } } }).chrome.storage.local.set({
        profile: { answers: { shoeKm: 950 }, safetyAnswered: true, step: 5, done: true },
        profile$: { v: 2 },
      }),
    );
    const lifestyleFirst = panel.locator('#items-lifestyle > ul > li').first();
    await lifestyleFirst.getByText('for you').waitFor({ timeout: 5000 });
    expect(await lifestyleFirst.textContent()).toMatch(/Shoe distance/);
  });

  it("opens as Chrome's side panel from the popup's Open checklists button", async () => {
    const popup = await extension().open('popup.html');
    await popup.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set: (v: object) => Promise<void> } } } }).chrome.storage.local.set({
        profile: { answers: {}, safetyAnswered: true, step: 5, done: true },
        profile$: { v: 2 },
      }),
    );
    await popup.reload();
    await popup.getByRole('button', { name: 'Open checklists' }).click();
    const worker = extension().context.serviceWorkers()[0]!;
    const panels = () =>
      worker.evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { getContexts: (f: object) => Promise<{ documentUrl: string }[]> } } }).chrome.runtime
          .getContexts({ contextTypes: ['SIDE_PANEL'] })
          .then((c) => c.map((x) => new URL(x.documentUrl).pathname)),
      );
    await expect.poll(panels, { timeout: 5000 }).toEqual(['/sidepanel.html']);
  });

  it('keeps exactly one break alarm while breaks are on, and none while they are off', async () => {
    const worker = extension().context.serviceWorkers()[0]!;
    type Chrome = { chrome: { alarms: { getAll: () => Promise<{ name: string }[]> }; storage: { local: { set: (v: object) => Promise<void> } } } };
    const alarms = () => worker.evaluate(() => (globalThis as unknown as Chrome).chrome.alarms.getAll().then((a) => a.map((x) => x.name)));
    const setBreaks = (enabled: boolean) =>
      worker.evaluate(
        (on) => (globalThis as unknown as Chrome).chrome.storage.local.set({ breakSettings: { enabled: on, everyMinutes: 40, start: '00:00', end: '23:59', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] } }),
        enabled,
      );
    expect(await alarms()).toEqual([]);
    await setBreaks(true);
    await expect.poll(alarms, { timeout: 5000 }).toEqual(['posture-break']);
    await setBreaks(false);
    await expect.poll(alarms, { timeout: 5000 }).toEqual([]);
  });

  it('offers a due break in the open panel, which starts the routine and counts it', async () => {
    const page = await openPanel();
    await page.getByRole('switch', { name: 'Posture breaks' }).waitFor();
    const worker = extension().context.serviceWorkers()[0]!;
    type Chrome = { chrome: { alarms: { create: (n: string, a: object) => Promise<void> }; storage: { local: { set: (v: object) => Promise<void> } } } };
    await worker.evaluate(() =>
      (globalThis as unknown as Chrome).chrome.storage.local.set({ breakSettings: { enabled: true, everyMinutes: 40, start: '00:00', end: '23:59', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] } }),
    );
    await page.getByRole('switch', { name: 'Posture breaks' }).and(page.locator(':checked')).waitFor();
    // Bring the next break forward to now (an unpacked extension may set alarms this short).
    await worker.evaluate(() => (globalThis as unknown as Chrome).chrome.alarms.create('posture-break', { when: Date.now() + 100 }));
    const offer = page.getByRole('alert').filter({ hasText: 'Time for a posture break' });
    await offer.waitFor({ timeout: 10_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await offer.getByRole('button', { name: 'Start the break' }).click();
    await page.getByRole('heading', { name: 'Posture break' }).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByText(/This week: 1 break taken, 0 skipped/).waitFor();
  });

  it('runs the one-minute desk routine from the break link', async () => {
    const page = await extension().open('sidepanel.html#break');
    await page.getByRole('heading', { name: 'Posture break' }).waitFor();
    expect(await page.locator('#exercise-name').textContent()).toBe('Stand and reach');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('honours an emergency stop from the popup: its directions, no checklists, no routine', async () => {
    const popup = await extension().open('popup.html');
    await popup.getByLabel(/Numbness or tingling between your legs/).check();
    await popup.getByRole('button', { name: 'Next' }).click();
    await popup.getByRole('heading', { name: 'This needs emergency care' }).waitFor();
    const page = await openPanel();
    await page.getByRole('heading', { name: 'No exercises for now' }).waitFor();
    expect(await page.locator('.stop-direction').textContent()).toMatch(/^Get help now/);
    expect(await page.getByText(/Feet flat on the floor/).count()).toBe(0);
    // Breaks become plain reminders to get up: no break to start from here.
    await page.getByRole('switch', { name: 'Reminders to get up' }).waitFor();
    expect(await page.getByRole('button', { name: 'Take a break now' }).count()).toBe(0);
    expect(await page.getByText(/posture break/i).count()).toBe(0);
    expect(await page.locator('svg.figure').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
    // The break link a notification opens offers no routine either.
    const link = await extension().open('sidepanel.html#break');
    await link.getByRole('heading', { name: 'Stand up and move' }).waitFor();
    expect(await link.locator('#exercise-name').count()).toBe(0);
  });
});
