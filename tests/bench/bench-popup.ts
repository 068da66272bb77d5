import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { READY_MARK } from '../../components/use-screen-heading';
import { CHROME_BUILD, launchExtension, ROOT, type LoadedExtension } from '../support/extension';
import { roundFigure } from './measure';

const RUNS = 15;
// A runner who finished the questions: the popup opens straight onto the plan.
// Stored as WXT stores it: the profile item is at version 2 (safety rules v2).
const RETURNING = { profile: { answers: { plankSeconds: 20, shoeKm: 650 }, safetyAnswered: true, step: 5, done: true }, profile$: { v: 2 } };

/** Opens the popup and returns ms to its first visible heading and the JS files it loaded by then. */
async function openOnce(ext: LoadedExtension): Promise<{ ms: number; scripts: string[] }> {
  const page = await ext.context.newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`chrome-extension://${ext.id}/popup.html`);
  await page.locator('h1').first().waitFor({ state: 'visible' });
  // Measured inside the page from navigation start, so Playwright's own overhead is left out.
  // The mark is set in an effect, which can run just after the heading is painted.
  const ms = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, READY_MARK).then((h) => h.jsonValue() as Promise<number>);
  const scripts = [...new Set(requested.filter((p) => p.endsWith('.js')))];
  await page.close();
  return { ms, scripts };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const gzipBytes = (paths: string[]) => paths.reduce((sum, p) => sum + gzipSync(readFileSync(join(CHROME_BUILD, p))).length, 0);

/** Popup budgets, measured in real Chromium on a fresh build, for a returning runner and a new one. */
export async function benchPopup() {
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  const ext = await launchExtension();
  try {
    const fresh = await openOnce(ext);
    const setup = await ext.open('popup.html');
    await setup.evaluate((value) => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.local.set(value), RETURNING);
    await setup.close();
    const runs: Awaited<ReturnType<typeof openOnce>>[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await openOnce(ext));
    const returningScripts = runs.at(-1)!.scripts;
    const loaded = [...new Set([...fresh.scripts, ...returningScripts])];
    return {
      popupReadyMs: roundFigure(median(runs.map((r) => r.ms))),
      popupInitialJsGzipBytes: gzipBytes(returningScripts),
      popupInitialJsGzipBytesNewRunner: gzipBytes(fresh.scripts),
      pdfLibInPopup: loaded.some((p) => readFileSync(join(CHROME_BUILD, p), 'utf8').includes('PDFDocument')),
    };
  } finally {
    await ext.close();
  }
}
