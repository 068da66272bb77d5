import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/extension';
import { makeStoreAssets, pngFacts, STORE_ASSETS } from '../store/make-store-assets';

describe('npm run store-assets', () => {
  it('writes every listing image at the stores’ sizes, in RGB, with real content and no request leaving', async () => {
    mkdirSync(join(ROOT, '.tmp'), { recursive: true }); // a fresh clone has none yet
    const dir = mkdtempSync(join(ROOT, '.tmp', 'store-assets-'));
    try {
      await makeStoreAssets(dir);
      expect(readdirSync(dir).sort()).toEqual(Object.keys(STORE_ASSETS).sort());
      for (const [name, [width, height]] of Object.entries(STORE_ASSETS)) {
        expect(pngFacts(join(dir, name)), name).toEqual({ width, height, colourType: 2 });
        // A blank or near-blank image compresses to a few kilobytes; a screen full of text and figures does not.
        expect(statSync(join(dir, name)).size, name).toBeGreaterThan(20_000);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
