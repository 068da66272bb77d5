import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LoadedExtension } from '../support/extension';

let ext: LoadedExtension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => ext?.close());

describe('the Chrome build in real Chromium', () => {
  it('loads, starts its service worker and opens the popup page', async () => {
    expect(ext.id).toMatch(/^[a-p]{32}$/);
    const popup = await ext.open('popup.html');
    await expect(popup.getByRole('heading', { level: 1 }).first().textContent()).resolves.toMatch(/Backstride/);
    expect(ext.outgoing).toEqual([]);
  });
});
