/**
 * `npm run store-assets`: builds the Chrome extension, drives it in real Chromium through a
 * representative runner, and writes the store listing's images to store-assets/ (git-ignored):
 * five 1280 × 800 screenshots and the 440 × 280 small promotional tile. `--no-build` uses the
 * build already in .output/chrome-mv3.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../support/extension';
import { makeStoreAssets, STORE_ASSETS } from './make-store-assets';

const OUT = join(ROOT, 'store-assets');

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await makeStoreAssets(OUT);
for (const [name, [width, height]] of Object.entries(STORE_ASSETS)) console.log(`store-assets/${name}  ${width} × ${height}`);
console.log('Look at each image before uploading it.');
