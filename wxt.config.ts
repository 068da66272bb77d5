import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See README "Permissions" for why each one is asked for.
export default defineConfig({
  // Explicit imports everywhere: auto-imports can drag pdf-lib into the popup bundle.
  imports: false,
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  // Dev mode builds and reloads; load .output/chrome-mv3-dev yourself rather than have WXT look for a browser.
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Backstride',
    description: 'Ease lower back pain from running: likely causes, a safe weekly routine, a printable sheet.',
    permissions: ['storage', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_permissions: ['notifications'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstride@backstride.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
