import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// `npm run dev` opens a browser with the extension where one can show: a desktop, or a Linux session
// with a display. Elsewhere (a server, CI, a container) it builds and reloads and says how to load it.
const CAN_OPEN_BROWSER = process.platform === 'darwin' || process.platform === 'win32' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const installed = (...paths: (string | undefined)[]) => paths.find((path) => path && existsSync(path));
// The same browsers the tests use (CHROMIUM_PATH, FIREFOX_PATH, else Debian's); otherwise web-ext looks for Chrome and Firefox.
const BROWSERS = Object.fromEntries(
  Object.entries({ chrome: installed(process.env.CHROMIUM_PATH, '/usr/bin/chromium'), firefox: installed(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr') }).filter(([, path]) => path),
) as Record<string, string>;

/**
 * The modules the popup's entry (entrypoints/popup/boot.ts) runs before it paints a snapshot; and
 * WXT's page module, empty in a build, which on its own would be one more (empty) request per page.
 */
const FIRST_PAINT =
  /node_modules[\\/](wxt|@wxt-dev)[\\/]|wxt-html-plugins|vite[\\/]preload-helper|lib[\\/](state[\\/](popup-snapshot|seal|canonical-json|check-in-put-off)|domain[\\/]calendar|schemas[\\/](days|real-iso-date)|platform[\\/]build-id)\.ts/;

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
      // The one exception: the popup's app (main), which its small entry (boot) loads at once unless
      // it painted a snapshot first, and what boot loads beside it (the first screen, and on a new day
      // the plan's pipeline, whose list only boot carries); they save rounds of requests on a first open.
      modulePreload: {
        polyfill: false,
        resolveDependencies: (file, deps, { hostId, hostType }) =>
          hostType === 'html' || /(^|\/)(main|PlanScreen|Questionnaire)-[\w-]+\.js$/.test(file) || (/(^|\/)plan-pipeline-[\w-]+\.js$/.test(file) && /(^|\/)popup-[\w-]+\.js$/.test(hostId)) ? deps : [],
      },
    },
  }),
  // The sources archive for AMO: what builds the extension, not generated files or local output.
  zip: { excludeSources: ['store-assets/**', 'reports/**', '**/*.pdf', 'answers.json', 'plan.json'] },
  webExt: {
    disabled: !CAN_OPEN_BROWSER,
    binaries: BROWSERS,
    // Chromium's sandbox refuses to run as root (containers); a desktop user keeps it.
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  hooks: {
    'server:started': (wxt) => {
      if (CAN_OPEN_BROWSER) return;
      const dir = relative(wxt.config.root, wxt.config.outDir);
      // After the first build's summary, where it is seen.
      wxt.hooks.hookOnce('build:done', () => wxt.logger.info(
        wxt.config.browser === 'firefox'
          ? `No display here, so no browser was opened. In Firefox open about:debugging#/runtime/this-firefox, Load Temporary Add-on, and pick ${dir}/manifest.json.`
          : `No display here, so no browser was opened. In Chrome or Chromium open chrome://extensions, switch on Developer mode, Load unpacked, and pick ${dir}. It reloads on every change.`,
      ));
    },
    // PRIVACY.md ships as privacy.txt (Settings links to it; browsers show .txt as is), without markdown's marks.
    'build:publicAssets': (wxt, files) => {
      files.push({ relativeDest: 'privacy.txt', contents: readFileSync(join(wxt.config.root, 'PRIVACY.md'), 'utf8').replace(/\*\*|`/g, '') });
    },
    // For the HTML pages' build only (the background is one file): the libraries every page
    // starts with (Preact, signals, storage) go into one shared chunk instead of five.
    // Lazily loaded packages (pdf-lib) are not "$initial" and stay out of it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'popup')) return;
      config.build ??= {};
      config.build.rolldownOptions ??= {};
      config.build.rolldownOptions.output = {
        ...config.build.rolldownOptions.output,
        // zod in a chunk of its own: the side panel starts with it, but the popup's first screen does
        // not (stored values sealed by this build skip it), so it must not ride in the shared vendor chunk.
        codeSplitting: {
          groups: [
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 2 },
            // What the popup's entry (boot.ts) needs to paint a snapshot, in one chunk: the browser
            // object, the loader of lazy chunks, the snapshot's key (seal, date, put-off); not Preact.
            { name: 'first-paint', test: FIRST_PAINT, priority: 3 },
            { name: 'vendor', test: /node_modules|vite[\\/]preload-helper/, tags: ['$initial'], priority: 1 },
          ],
        },
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
