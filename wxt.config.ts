import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See README "Permissions" for why each one is asked for.
export default defineConfig({
  // Explicit imports everywhere: auto-imports can drag pdf-lib into the popup bundle.
  imports: false,
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
    build: {
      // Each page's HTML preloads the chunks its script starts with (free: no JavaScript). Lazy
      // chunks get no preload lists: those would be file names inside the JavaScript, more than
      // the popup's budget can spare. Every browser we support preloads modules natively.
      modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    },
  }),
  // Dev mode builds and reloads; load .output/chrome-mv3-dev yourself rather than have WXT look for a browser.
  webExt: { disabled: true },
  hooks: {
    // PRIVACY.md ships as privacy.txt (Settings links to it; browsers show .txt as is), without markdown's marks.
    'build:publicAssets': (wxt, files) => {
      files.push({ relativeDest: 'privacy.txt', contents: readFileSync(join(wxt.config.root, 'PRIVACY.md'), 'utf8').replace(/\*\*|`/g, '') });
    },
    // For the HTML pages' build only (the background is one file): the libraries every page
    // starts with (Preact, signals, zod, storage) go into one shared chunk instead of five.
    // Lazily loaded packages (pdf-lib) are not "$initial" and stay out of it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'popup')) return;
      config.build ??= {};
      config.build.rolldownOptions ??= {};
      config.build.rolldownOptions.output = {
        ...config.build.rolldownOptions.output,
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules|vite[\\/]preload-helper/, tags: ['$initial'] }] },
      };
    },
  },
  manifest: ({ browser }) => ({
    // Words the stores and browsers show come from public/_locales (tests/manifest.test.ts checks each has a message).
    default_locale: 'en',
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_permissions: ['notifications'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // The first versions that know data_collection_permissions: Firefox 140, Firefox for Android 142.
            gecko: {
              id: 'backstride@backstride.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
