import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { useExtensionPerTest } from '../support/extension';
import { evaluateInSidePanel } from '../support/side-panel';

const extension = useExtensionPerTest();

type Local = { get: (k?: string) => Promise<Record<string, unknown>>; set: (v: object) => Promise<void> };
type Chrome = { chrome: { storage: { local: Local }; runtime: { getContexts: (f: object) => Promise<{ documentUrl: string }[]> } } };
const store = (page: Page, value: object) => page.evaluate((v) => (globalThis as unknown as Chrome).chrome.storage.local.set(v), value);
const stored = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.get('guidedSession').then((r) => (r.guidedSession ?? null) as { at: number; index: number; running: boolean } | null));

const TODAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'][(new Date().getDay() + 6) % 7]!;
// A runner who finished the questions and runs today: today has a warm-up and a cool-down.
const RUNS_TODAY = { profile: { answers: { runDays: [TODAY] }, safetyAnswered: true, step: 7, done: true }, profile$: { v: 2 } };

async function openPopup(): Promise<Page> {
  const page = await extension().open('popup.html');
  await page.setViewportSize({ width: 380, height: 600 });
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

/** A popup with today's plan showing. */
async function planToday(): Promise<Page> {
  const page = await openPopup();
  await store(page, RUNS_TODAY);
  await page.reload();
  await page.getByRole('heading', { name: 'Week 1 of 8' }).waitFor();
  return page;
}

/** Moves the stored session's clock back, as if the popup had been closed that much longer. */
async function awayFor(page: Page, ms: number) {
  const session = await stored(page);
  await store(page, { guidedSession: { ...session, at: session!.at - ms } });
}

const stepName = (page: Page) => page.locator('#exercise-name').textContent();
const seconds = async (page: Page) => {
  const [m, s] = (await page.getByRole('timer').textContent())!.split(':').map(Number);
  return m! * 60 + s!;
};

/** Accessible in light and dark. */
async function accessibleBothWays(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('guided sessions in real Chromium', () => {
  it('survive closing the popup: reopened, the warm-up is where real time took it', async () => {
    const page = await planToday();
    await page.getByRole('button', { name: 'Start warm-up' }).click();
    await page.getByRole('heading', { name: 'Warm-up', level: 1 }).waitFor();
    expect(await page.getByRole('heading', { name: /^About \d+ min$/ }).count()).toBe(1);
    await accessibleBothWays(page);
    await page.getByRole('button', { name: 'Start' }).click();
    expect(await stepName(page)).toBe('Easy jog or brisk walk');
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByText('Leg swings', { exact: true }).waitFor();
    await expect.poll(async () => (await stored(page))?.index).toBe(1);
    await page.close();

    // Closed for 40 s more: the 30 s of left-side swings and the 5 s switch have passed, 5 s of the right side too.
    const again = await openPopup();
    await awayFor(again, 40_000);
    await again.reload();
    await again.getByRole('heading', { name: 'Warm-up', level: 1 }).waitFor();
    expect(await stepName(again)).toBe('Leg swings');
    expect(await again.locator('.dose').textContent()).toMatch(/right side/);
    expect(await seconds(again)).toBeGreaterThanOrEqual(18);
    expect(await seconds(again)).toBeLessThanOrEqual(25);
    expect(await again.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await accessibleBothWays(again);

    // Paused, it waits: an hour later it is on the same step with the same time, to resume.
    await again.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(async () => (await stored(again))?.running).toBe(false);
    const paused = await seconds(again);
    await again.close();
    const later = await openPopup();
    await awayFor(later, 60 * 60_000);
    await later.reload();
    await later.getByRole('heading', { name: 'Warm-up', level: 1 }).waitFor();
    expect([await stepName(later), await seconds(later)]).toEqual(['Leg swings', paused]);
    expect(await later.getByRole('button', { name: 'Resume' }).count()).toBe(1);
  });

  it('puts side switches and getting down to the floor in the cool-down, and rests between strength sets', async () => {
    const page = await planToday();
    await page.getByRole('button', { name: 'Start cool-down' }).click();
    await page.getByRole('heading', { name: 'Cool-down', level: 1 }).waitFor();
    expect(await page.getByRole('heading', { name: /^About \d+ min$/ }).textContent()).toBe('About 13 min');
    await page.getByRole('button', { name: 'Start' }).click();
    const seen: string[] = [];
    for (let i = 0; i < 9; i++) {
      seen.push((await stepName(page))!);
      await page.getByRole('button', { name: /^(Skip|Next)$/ }).click();
    }
    expect(seen).toEqual(['Hamstring stretch', 'Switch sides', 'Hamstring stretch', 'Switch sides', 'Hamstring stretch', 'Switch sides', 'Hamstring stretch', 'Get down on the floor', 'Kneeling hip flexor stretch']);
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('heading', { name: 'Week 1 of 8' }).waitFor();
    expect(await stored(page)).toBeNull();

    // Strength, as stored by a popup that began it: front plank 2 × 20 s, a 30 s rest between sets.
    const now = Date.now();
    const plank = { id: 'front-plank', name: 'Front plank', type: 'strength', sets: 2, seconds: 20 };
    await store(page, { guidedSession: { kind: 'strength', begun: now, items: [plank], restSeconds: 30, place: 'popup', index: 0, remainingMs: 10_000, running: false, at: now } });
    await page.reload();
    await page.getByRole('heading', { name: 'Strength', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Start' }).click();
    expect(await stepName(page)).toBe('Get down on the floor');
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByRole('button', { name: 'Skip' }).click();
    expect(await stepName(page)).toBe('Rest');
    expect(await page.getByText('Next: Front plank (set 2 of 2)').count()).toBe(1);
    expect(await seconds(page)).toBeGreaterThanOrEqual(29);
    await accessibleBothWays(page);
  });

  it('animates the figure while a set runs; with reduced motion it shows start and end still, side by side', async () => {
    const page = await planToday();
    await page.getByRole('button', { name: 'Start warm-up' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    expect(await stepName(page)).toBe('Easy jog or brisk walk');
    const moving = page.locator('.figure-moving svg');
    await moving.waitFor();
    // SMIL moves what is drawn (the animated value), not the attribute: read the drawn ends of every limb.
    const drawn = (svgs: import('playwright-core').Locator) =>
      svgs.evaluateAll((all) => all.map((svg) => [...svg.querySelectorAll('line')].map((l) => (l as SVGLineElement).x2.animVal.value.toFixed(2)).join(' ')).join(' | '));
    const first = await drawn(moving);
    await expect.poll(() => drawn(moving)).not.toBe(first);
    const later = await drawn(moving);
    await expect.poll(() => drawn(moving)).not.toBe(later);
    expect(await page.locator('.figure-pair svg:visible').count()).toBe(0);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(() => moving.isVisible()).toBe(false);
    const pair = page.locator('.figure-pair svg');
    expect(await page.locator('.figure-pair svg:visible').count()).toBe(2);
    expect(await pair.locator('animate').count()).toBe(0);
    const boxes = await pair.evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect()).map((r) => [r.left, r.top]));
    expect(boxes[1]![0]).toBeGreaterThan(boxes[0]![0]!);
    expect(boxes[1]![1]).toBe(boxes[0]![1]!);
    expect(await pair.nth(0).getAttribute('aria-label')).toMatch(/start$/);
    expect(await pair.nth(1).getAttribute('aria-label')).toMatch(/end$/);
    // Start and end differ, and while the countdown runs two seconds nothing drawn moves.
    const still = await drawn(pair);
    const [start, end] = still.split(' | ');
    expect(start).not.toBe(end);
    const at = await seconds(page);
    await expect.poll(() => seconds(page), { timeout: 5000 }).toBeLessThanOrEqual(at - 2);
    expect(await drawn(pair)).toBe(still);
    await accessibleBothWays(page);
  });

  it('moves to the side panel in one click, and the panel carries on with it', async () => {
    const page = await planToday();
    await page.getByRole('button', { name: 'Start warm-up' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Continue in the side panel' }).click();
    const worker = extension().context.serviceWorkers()[0]!;
    const panels = () =>
      worker.evaluate(() =>
        (globalThis as unknown as Chrome).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }).then((c) => c.map((x) => new URL(x.documentUrl).pathname)),
      );
    await expect.poll(panels, { timeout: 15_000 }).toEqual(['/sidepanel.html']);
    // The popup closes itself once the panel is open, and the panel shows the warm-up, not the checklists.
    await expect.poll(() => page.isClosed(), { timeout: 15_000 }).toBe(true);
    const shown = () => evaluateInSidePanel(extension().context, "document.querySelector('h1')?.textContent + ' / ' + document.querySelector('#exercise-name')?.textContent");
    await expect.poll(shown, { timeout: 15_000 }).toBe('Warm-up / Easy jog or brisk walk');
    // The panel's page opened again as a tab, to look at and use: the warm-up, running.
    const panel = await extension().open('sidepanel.html');
    expect(await stored(panel)).toMatchObject({ place: 'panel', running: true });
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.getByRole('heading', { name: 'Warm-up', level: 1 }).waitFor();
    expect(await stepName(panel)).toBe('Easy jog or brisk walk');
    expect(await panel.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await accessibleBothWays(panel);
    await panel.getByRole('button', { name: 'Close' }).click();
    await panel.getByRole('heading', { name: 'At your desk' }).waitFor();
  });
});
