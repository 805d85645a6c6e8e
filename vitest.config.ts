import { defineConfig } from 'vitest/config';

// Three groups of tests: unit (src/lib and content schemas), dist (the built HTML in dist/),
// e2e (real Chromium against the built site). `npm test` builds first, then runs all three.
export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000 } },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/release-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // A first search loads Pagefind's WebAssembly and index; on a busy CI machine that can take longer than
          // expect.poll's default of one second, so polls wait up to 15 s before they fail.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
