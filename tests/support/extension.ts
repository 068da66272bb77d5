import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, beforeEach, expect } from 'vitest';
import { assertBuildCurrent } from './build-current';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');

/** The Chromium to drive: CHROMIUM_PATH if set, else Debian's. */
export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LoadedExtension {
  context: BrowserContext;
  id: string;
  /** Every request that tried to leave the machine (anything not chrome-extension:, data:, blob:). */
  outgoing: string[];
  open: (page: string) => Promise<Page>;
  close: () => Promise<void>;
}

/** Launches real Chromium with the built extension (or a copy of it in `dir`) in a fresh profile. */
export async function launchExtension(dir = CHROME_BUILD): Promise<LoadedExtension> {
  assertBuildCurrent(CHROME_BUILD, 'npm run build');
  if (!existsSync(chromiumPath())) throw new Error(`no Chromium at ${chromiumPath()}: install Debian's chromium or set CHROMIUM_PATH`);
  const tmp = join(ROOT, '.tmp');
  mkdirSync(tmp, { recursive: true });
  const profile = mkdtempSync(join(tmp, 'profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false,
    env: { ...process.env, TMPDIR: tmp },
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${dir}`, `--load-extension=${dir}`,
    ],
  });
  const outgoing: string[] = [];
  context.on('request', (request) => {
    if (!/^(chrome-extension|data|blob|about|chrome):/.test(request.url())) outgoing.push(request.url());
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    id,
    outgoing,
    open: async (page) => {
      const tab = await context.newPage();
      await tab.goto(`chrome-extension://${id}/${page}`);
      return tab;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh profile with the extension for each test; after each, checks that no request left the
 * extension and closes the browser. Returns a getter for the current test's extension.
 */
export function useExtensionPerTest(): () => LoadedExtension {
  let ext: LoadedExtension | undefined;
  beforeEach(async () => {
    ext = await launchExtension();
  });
  afterEach(async () => {
    const outgoing = ext?.outgoing ?? [];
    await ext?.close();
    expect(outgoing).toEqual([]);
  });
  return () => ext!;
}
