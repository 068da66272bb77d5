import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The unit tests that can kill mutants in lib/: no build, no browser (see stryker.config.mjs).
// MUTATION_TESTS narrows them (comma-separated globs) for a run over one part of lib/.
const only = process.env.MUTATION_TESTS?.split(',');

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: only ?? ['lib/**/*.test.ts', 'tests/*.test.ts', 'components/**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', '.wxt/**', '.stryker-tmp/**', 'tests/manifest.test.ts'],
    // Property tests make a tenth of their runs (tests/support/property-runs.ts).
    env: { BACKSTRIDE_MUTATION: '1' },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
