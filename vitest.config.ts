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
        test: { name: 'unit', include: ['**/*.test.{ts,tsx}'], exclude: ['node_modules/**', '.output/**', '.wxt/**', '.stryker-tmp/**', ...E2E] },
      },
      {
        extends: true,
        test: { name: 'e2e', include: E2E },
      },
    ],
  },
});
