import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LoadedExtension } from '../support/extension';

let ext: LoadedExtension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => ext?.close());

describe('the Chrome build in real Chromium', () => {
  it('loads, starts its service worker, and serves its popup, side panel and sheet pages', async () => {
    expect(ext.id).toMatch(/^[a-p]{32}$/);
    const pages = { 'popup.html': /safety check/, 'sidepanel.html': /At your desk/, 'sheet.html': /printable week/ };
    for (const [page, heading] of Object.entries(pages)) {
      const tab = await ext.open(page);
      await expect(tab.getByRole('heading', { level: 1 }).first().textContent()).resolves.toMatch(heading);
      await tab.close();
    }
    expect(ext.outgoing).toEqual([]);
  });
});
