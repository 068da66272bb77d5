import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: `unit` needs no build and no browser (domain, schemas, state on the fake browser,
// components in happy-dom, the PDF, the commands, the repo's own rules); `e2e` tests the built
// extensions in real browsers. `npm test` runs both; `npm run test:unit` runs the first.
const E2E = ['tests/e2e/**/*.test.ts', 'tests/manifest.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        // Worker threads, one per core: the unit files are small and import-bound, so threads start
        // faster than forked processes (measured on this 2-core machine: ~29 s against ~48 s).
        test: { name: 'unit', pool: 'threads', maxWorkers: 2, setupFiles: ['tests/support/setup-dom.ts'], include: ['**/*.test.{ts,tsx}'], exclude: ['node_modules/**', '.output/**', '.wxt/**', '.stryker-tmp/**', ...E2E] },
      },
      {
        extends: true,
        // Runs after the unit files, at the default worker count (real browsers are heavy).
        test: { name: 'e2e', include: E2E, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
