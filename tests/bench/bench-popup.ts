import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { HEADING_TIMING, READY_MARK } from '../../components/use-screen-heading';
import { KEPT_MARK, REPLACED_MARK } from '../../entrypoints/popup/keep-first-screen';
import { CHROME_BUILD, launchExtension, ROOT, type LoadedExtension } from '../support/extension';
import { returningRunner } from '../support/returning-runner';
import { roundFigure } from './measure';
import { formatTrace, traceOf, type OpenTrace } from './popup-trace';

/** Opens of each page per kind of runner, alternating popup and blank page. */
const RUNS = 15;

/** The floor: a page with one heading and no script, added to a copy of the build. */
const BLANK_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body><h1 elementtiming="${HEADING_TIMING}">Blank</h1></body></html>`;

interface Open {
  /** When the heading's text first painted (Element Timing), ms from navigation start. */
  ms: number;
  scripts: string[];
  trace: OpenTrace;
}

/** The heading's first paint, as the browser timed it: the same clock and rule for the popup and the blank page. */
const headingPaint = (page: Page) =>
  page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntries().find((e) => (e as PerformanceEntry & { identifier?: string }).identifier === name) as (PerformanceEntry & { renderTime: number }) | undefined;
          if (entry) resolve(entry.renderTime || entry.startTime);
        }).observe({ type: 'element', buffered: true });
      }),
    HEADING_TIMING,
  );

/** Where the popup keeps the snapshot of its first screen (lib/state/popup-snapshot.ts). */
const SNAPSHOT_KEY = 'backstride.popupSnapshot';

/**
 * Makes the next open the first of a new day with no copy drawn ahead for it (as when the popup was
 * not opened the day before, or something changed overnight), from the blank page in the same tab:
 * the snapshot kept is yesterday's (its key no longer matches; which screen it was is still known),
 * none is kept for today, and this week's stored plan was built for yesterday, so it is built again.
 */
const yesterday = (page: Page) =>
  page.evaluate(async (key) => {
    const kept = JSON.parse(localStorage.getItem(key) ?? 'null') as object | null;
    if (kept) localStorage.setItem(key, JSON.stringify({ ...kept, key: 'yesterday', day: '2000-01-01' }));
    localStorage.removeItem(`${key}Next`);
    await (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.local.remove(['weekPlan', 'weekPlan$']);
  }, SNAPSHOT_KEY);

/**
 * Opens `file` in a new tab, waits for its heading's paint, and returns the times and the JS it
 * loaded. `cold`: the first open of a day (see `yesterday`).
 */
async function openOnce(ext: LoadedExtension, file: string, cold = false): Promise<Open> {
  const page = await ext.context.newPage();
  if (cold) {
    await page.goto(`chrome-extension://${ext.id}/blank.html`);
    await yesterday(page);
  }
  const requests: { path: string; start: number; end: number }[] = [];
  page.on('requestfinished', (r) => {
    const t = r.timing();
    requests.push({ path: new URL(r.url()).pathname, start: t.startTime, end: t.startTime + t.responseEnd });
  });
  await page.goto(`chrome-extension://${ext.id}/${file}`);
  await page.locator('h1').first().waitFor({ state: 'visible' });
  const ms = await headingPaint(page);
  if (file === 'popup.html') await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK);
  // Open as long as a runner glancing at it would be: until its first screen is kept (or was
  // painted from the copy kept before), at most 3 s.
  if (file === 'popup.html' && !cold) {
    await page
      .waitForFunction((marks) => marks.some((m) => performance.getEntriesByName(m).length > 0), [KEPT_MARK, REPLACED_MARK], { timeout: 3_000 })
      .catch(() => undefined);
  }
  const trace = await traceOf(page, requests);
  // The JavaScript asked for before the heading painted: what the first screen waited on.
  const scripts = [...new Set(trace.files.filter((f) => f.start < ms && f.path.endsWith('.js')).map((f) => f.path))];
  await page.close();
  return { ms, scripts, trace };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const gzipBytes = (dir: string, paths: string[]) => paths.reduce((sum, p) => sum + gzipSync(readFileSync(join(dir, p))).length, 0);

/**
 * RUNS opens of the popup and of the blank page, alternating, in one browser; first with the
 * popup's snapshot kept between opens (warm: every open after the first of the day with nothing
 * changed, and the first of a day when the popup drew it ahead the day before), then each open the
 * first of a new day with no copy for it (cold: yesterday's snapshot, the plan built again).
 */
async function alternate(ext: LoadedExtension) {
  const series = async (cold: boolean) => {
    const popup: Open[] = [];
    const blank: Open[] = [];
    for (let i = 0; i < RUNS; i++) {
      popup.push(await openOnce(ext, 'popup.html', cold));
      blank.push(await openOnce(ext, 'blank.html'));
    }
    return { popup, blank };
  };
  return { warm: await series(false), cold: await series(true) };
}

/** Popup budgets, measured in real Chromium on a fresh build, for a returning runner and a new one. */
export async function benchPopup({ trace = (_text: string) => {} } = {}) {
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  // A copy of the build with the blank page in it: the same extension, origin and browser.
  const tmp = join(ROOT, '.tmp');
  mkdirSync(tmp, { recursive: true });
  const dir = mkdtempSync(join(tmp, 'bench-build-'));
  cpSync(CHROME_BUILD, dir, { recursive: true });
  writeFileSync(join(dir, 'blank.html'), BLANK_HTML);
  const ext = await launchExtension(dir);
  try {
    const fresh = await alternate(ext);
    const setup = await ext.open('blank.html');
    await setup.evaluate((value) => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.local.set(value), returningRunner());
    await setup.close();
    const returning = await alternate(ext);
    trace(formatTrace('new runner (first question), snapshot', fresh.warm.popup));
    trace(formatTrace('new runner (first question), cold', fresh.cold.popup));
    trace(formatTrace('returning runner (this week, today card), snapshot', returning.warm.popup));
    trace(formatTrace('returning runner (this week, today card), cold', returning.cold.popup));
    trace(formatTrace('blank page', returning.warm.blank));
    const ratio = (r: { popup: Open[]; blank: Open[] }) => roundFigure(median(r.popup.map((o) => o.ms)) / median(r.blank.map((o) => o.ms)));
    const lastScripts = (r: { popup: Open[] }) => r.popup.at(-1)!.scripts;
    const all = [fresh.warm, fresh.cold, returning.warm, returning.cold];
    const loaded = [...new Set(all.flatMap((r) => r.popup.flatMap((o) => o.scripts)))];
    return {
      popupVsBlankReturning: ratio(returning.warm),
      popupVsBlankNewRunner: ratio(fresh.warm),
      popupVsBlankReturningCold: ratio(returning.cold),
      popupVsBlankNewRunnerCold: ratio(fresh.cold),
      blankMs: roundFigure(median(all.flatMap((r) => r.blank).map((o) => o.ms))),
      popupReadyMs: roundFigure(median(returning.warm.popup.map((o) => o.ms))),
      popupReadyMsCold: roundFigure(median(returning.cold.popup.map((o) => o.ms))),
      popupInitialJsGzipBytes: gzipBytes(dir, lastScripts(returning.warm)),
      popupInitialJsGzipBytesNewRunner: gzipBytes(dir, lastScripts(fresh.warm)),
      popupInitialJsGzipBytesCold: gzipBytes(dir, lastScripts(returning.cold)),
      popupInitialJsGzipBytesNewRunnerCold: gzipBytes(dir, lastScripts(fresh.cold)),
      pdfLibInPopup: loaded.some((p) => readFileSync(join(dir, p), 'utf8').includes('PDFDocument')),
    };
  } finally {
    await ext.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
