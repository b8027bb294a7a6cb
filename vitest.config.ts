import { defineConfig } from 'vitest/config';

// Three projects:
//  - unit: pure code and adapters that need no server (colocated *.test.ts);
//  - integration: HTTP/worker flows against real Meilisearch and Redis, which the
//    global setup starts as local processes with throwaway data directories;
//  - browser: Playwright driving Debian's Chromium against the real service.
export default defineConfig({
  test: {
    reporters: ['default'],
    passWithNoTests: true,
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'services/*/src/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
