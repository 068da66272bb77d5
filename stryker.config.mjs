// Mutation testing of lib/ (outside `npm test`): `npm run test:mutation`, or with `-- --incremental`
// to re-test only what changed since the last run (kept in reports/stryker-incremental.json).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['lib/**/*.ts', '!lib/**/*.test.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  // Scratch and build output (browser profiles with sockets in them) have no place in the sandbox.
  ignorePatterns: ['.tmp', '.output', 'reports'],
  cleanTempDir: 'always',
};
