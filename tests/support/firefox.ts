import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuildCurrent } from './build-current';
import puppeteer, { ProtocolError, type Browser, type Page } from 'puppeteer-core';
import { afterEach, beforeEach } from 'vitest';
import { ROOT } from './extension';

export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv3');

/** The Firefox to drive: FIREFOX_PATH if set, else Debian's ESR. */
export const firefoxPath = () => process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const GECKO_ID = 'backstride@backstride.app';
// Firefox gives each install a random internal UUID; fixing it tells the tests the pages' origin.
const UUID = '4b7c9d1e-2a3f-4e5d-8c6b-7a9e0f1d2c3b';
export const FIREFOX_ORIGIN = `moz-extension://${UUID}`;

export interface FirefoxExtension {
  browser: Browser;
  open: (page: string) => Promise<Page>;
  close: () => Promise<void>;
}

/** Launches real Firefox (WebDriver BiDi) with the built Firefox extension installed in a fresh profile. */
export async function launchFirefoxExtension(): Promise<FirefoxExtension> {
  assertBuildCurrent(FIREFOX_BUILD, 'npm run build:firefox');
  if (!existsSync(firefoxPath())) throw new Error(`no Firefox at ${firefoxPath()}: install Debian's firefox-esr or set FIREFOX_PATH`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    enableExtensions: true,
    // Since Firefox 153, WebDriver may open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return {
    browser,
    open: async (page) => {
      const tab = await browser.newPage();
      const url = `${FIREFOX_ORIGIN}/${page}`;
      // Firefox's WebDriver never reports an extension page as loaded, so wait for the page itself.
      tab.goto(url, { timeout: 0 }).catch(() => {});
      await waitForPage(tab, url);
      return tab;
    },
    close: () => browser.close(),
  };
}

/** Waits until `tab` shows `url`, fully loaded. */
async function waitForPage(tab: Page, url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const remaining = Math.max(1, deadline - Date.now());
      await tab.waitForFunction((u) => location.href === u && document.readyState === 'complete', { timeout: remaining }, url);
      return;
    } catch (error) {
      // While the tab is between documents, Firefox's WebDriver can fail an evaluation outright
      // (a protocol error, not a timeout): ask again until the deadline.
      if (Date.now() >= deadline || !(error instanceof Error && error.cause instanceof ProtocolError)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * A fresh Firefox profile with the extension for each test. (Firefox's WebDriver BiDi reports no
 * network events for extension pages, so "no request leaves" is checked in Chromium only.)
 */
export function useFirefoxPerTest(): () => FirefoxExtension {
  let ext: FirefoxExtension | undefined;
  beforeEach(async () => {
    ext = await launchFirefoxExtension();
  });
  afterEach(async () => {
    await ext?.close();
  });
  return () => ext!;
}
