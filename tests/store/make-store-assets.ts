import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, ROOT, type LoadedExtension } from '../support/extension';
import { listingHtml, tileHtml, type Frame } from './listing-frame';
import { representativeRunner } from './representative-runner';

/** Every image the listing needs, with its size in pixels. */
export const STORE_ASSETS = {
  '1-popup-plan.png': [1280, 800],
  '2-guided-session.png': [1280, 800],
  '3-side-panel.png': [1280, 800],
  '4-printable-sheet.png': [1280, 800],
  '5-dark-mode.png': [1280, 800],
  'promo-tile-440x280.png': [440, 280],
} as const;
const POPUP = { width: 380, height: 600 };
const PANEL = { width: 360, height: 760 };

type Chrome = { chrome: { storage: { local: { set: (v: object) => Promise<void>; remove: (k: string) => Promise<void> } } } };

/** Opens an extension page at a size, rendered at twice the pixels so it stays sharp when framed. */
async function openAt(ext: LoadedExtension, path: string, size: { width: number; height: number }, dark = false): Promise<Page> {
  const page = await ext.open(path);
  await page.setViewportSize(size);
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...size, deviceScaleFactor: 2, mobile: false });
  await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light', reducedMotion: 'reduce' });
  // A listing shows the screen, not the scrollbar beside it.
  await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: 'html { scrollbar-width: none; }' }))));
  await page.reload();
  return page;
}

async function settle(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
}

async function framed(ext: LoadedExtension, outDir: string, name: string, frame: Frame) {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.setContent(listingHtml(frame));
  await settle(page);
  await page.screenshot({ path: join(outDir, name) });
  await page.close();
}

async function popupPlan(ext: LoadedExtension, dark = false): Promise<Page> {
  const page = await openAt(ext, 'popup.html', POPUP, dark);
  await page.getByRole('heading', { name: /^Week \d/ }).waitFor();
  await settle(page);
  return page;
}

/** The size and PNG colour type (2: RGB, no alpha, as the Chrome Web Store asks) of a PNG file. */
export function pngFacts(path: string): { width: number; height: number; colourType: number } {
  const head = readFileSync(path).subarray(0, 26);
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20), colourType: head[25]! };
}

/**
 * Drives the built Chrome extension (.output/chrome-mv3) in real Chromium through a representative
 * runner and writes the listing's images (`STORE_ASSETS`) into `outDir`. Throws if a request left the
 * extension or an image is not the size the stores ask for.
 */
export async function makeStoreAssets(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const ext = await launchExtension();
  try {
    const seed = await ext.open('popup.html');
    await seed.evaluate((v) => (globalThis as unknown as Chrome).chrome.storage.local.set(v), representativeRunner());
    await seed.close();

    const plan = await popupPlan(ext);
    await framed(ext, outDir, '1-popup-plan.png', {
      title: 'Today’s plan, in the toolbar',
      lines: ['A few questions find the likely causes of your back pain.', 'Then a week of warm-ups, strength work and cool-downs fits around the days you already run.'],
      shot: await plan.screenshot(), ...POPUP, scale: 1.15,
    });

    await plan.getByRole('button', { name: 'Start warm-up' }).click();
    await plan.getByRole('button', { name: 'Start', exact: true }).click();
    await plan.getByRole('button', { name: 'Skip' }).click();
    await plan.getByText('Leg swings', { exact: true }).waitFor();
    await plan.waitForTimeout(2200);
    await framed(ext, outDir, '2-guided-session.png', {
      title: 'Guided, one move at a time',
      lines: ['A stick figure, the dose, cues and a countdown for every set, with rests in between.', 'Close the popup and it picks up where you left off.'],
      shot: await plan.screenshot(), ...POPUP, scale: 1.15,
    });
    await plan.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.remove('guidedSession'));
    await plan.close();

    const panel = await openAt(ext, 'sidepanel.html', PANEL);
    await panel.getByRole('heading', { name: 'At your desk' }).waitFor();
    const posture = panel.getByRole('button', { name: /Posture at the desk/ });
    if ((await posture.getAttribute('aria-expanded')) !== 'true') await posture.click();
    await panel.getByLabel(/Feet flat on the floor/).waitFor();
    await settle(panel);
    await framed(ext, outDir, '3-side-panel.png', {
      title: 'Back care at your desk',
      lines: ['Posture, lifestyle and diet checklists beside your work, the ones for your causes first.', 'Optional reminders to stand up, with a one-minute routine.'],
      shot: await panel.screenshot(), ...PANEL, scale: 0.95,
    });
    await panel.close();

    const sheet = await ext.open('sheet.html');
    await sheet.setViewportSize({ width: 1280, height: 800 });
    await sheet.getByRole('link', { name: 'Download PDF' }).waitFor();
    await sheet.addStyleTag({ content: 'html { scrollbar-width: none; }' });
    await sheet.waitForTimeout(3000); // Chromium's PDF viewer draws the preview a moment after the frame loads
    // As a reader would: close the viewer's thumbnail pane (its first button) so the sheet gets the room.
    const preview = (await sheet.locator('iframe.sheet-preview').boundingBox())!;
    await sheet.mouse.click(preview.x + 32, preview.y + 28);
    await sheet.waitForTimeout(1500);
    await sheet.screenshot({ path: join(outDir, '4-printable-sheet.png') });
    await sheet.close();

    const dark = await popupPlan(ext, true);
    await framed(ext, outDir, '5-dark-mode.png', {
      title: 'Easy on the eyes, day or night',
      lines: ['Follows your system’s dark mode.', 'Everything stays on this device: no account, no analytics, no network requests.'],
      shot: await dark.screenshot(), ...POPUP, scale: 1.15, dark: true,
    });
    await dark.close();

    const tile = await ext.context.newPage();
    await tile.setViewportSize({ width: 440, height: 280 });
    await tile.setContent(tileHtml());
    await settle(tile);
    await tile.screenshot({ path: join(outDir, 'promo-tile-440x280.png') });
    if (ext.outgoing.length > 0) throw new Error(`requests left the extension: ${ext.outgoing.join(', ')}`);
  } finally {
    await ext.close();
  }
  for (const [name, [width, height]] of Object.entries(STORE_ASSETS)) {
    const png = pngFacts(join(outDir, name));
    if (png.width !== width || png.height !== height || png.colourType !== 2) throw new Error(`${name} is ${png.width} × ${png.height}, colour type ${png.colourType}: the stores want ${width} × ${height} RGB`);
  }
}
