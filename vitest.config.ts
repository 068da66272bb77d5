import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests need no build and no browser (domain, schemas, state on the fake browser, components
// in happy-dom, the PDF, the commands, the repo's own rules), in two projects: `unit:shared` and
// `unit`; `e2e` tests the built extensions in real browsers. `npm test` runs all three;
// `npm run test:unit` the two unit projects.
const E2E = ['tests/e2e/**/*.test.ts', 'tests/manifest.test.ts'];
/**
 * Test files that touch no DOM, no storage, no process-wide state and mock nothing. Not the commands'
 * tests that stub the process's streams, mock a module or reload the entry points.
 */
const SHARED = [
  'lib/domain/**/*.test.ts', 'lib/words/**/*.test.ts', 'lib/schemas/**/*.test.ts', 'lib/figures/**/*.test.ts', 'lib/pdf/**/*.test.ts',
  'lib/cli/!(cli-io|entry-points|write-atomic).test.ts', 'tests/*.test.ts',
];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        // One module graph per worker, shared between these files, so the exercise library, the
        // schemas and pdf-lib load once, not once a file.
        test: { name: 'unit:shared', pool: 'threads', maxWorkers: 2, isolate: false, include: SHARED, exclude: ['node_modules/**', ...E2E] },
      },
      {
        extends: true,
        // Worker threads, one per core: the unit files are small and import-bound, so threads start
        // faster than forked processes. Each file gets its own modules (state, DOM and fake browser):
        // every test file that is not shared or end to end.
        test: { name: 'unit', pool: 'threads', maxWorkers: 2, setupFiles: ['tests/support/setup-dom.ts'], include: ['**/*.test.{ts,tsx}'], exclude: ['node_modules/**', '.output/**', '.wxt/**', '.stryker-tmp/**', ...E2E, ...SHARED] },
      },
      {
        extends: true,
        // Runs after the unit files, at the default worker count (real browsers are heavy).
        test: { name: 'e2e', include: E2E, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
