import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    env: { TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' },
    // The JSON report lets .ci/run print a plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    // Two test files at a time even on a 2-core machine (Vitest's default there is one):
    // most long files wait on git, a local server or a browser rather than on the CPU.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // A guard against hangs, not a speed limit: many unit files run real git, servers
          // and the fake GitHub, and two files share the 2 cores CI has.
          testTimeout: 30_000,
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'cms/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/fake-github/**/*.test.ts', 'tests/gate/**/*.test.ts', 'tests/nginx/**/*.test.ts', 'tests/publish/**/*.test.ts', 'tests/monitor/**/*.test.ts', 'tests/backup/**/*.test.ts', 'tests/status/**/*.test.ts', 'tests/logscan/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The CMS in Chromium against `laman start`'s stack (site, /admin/, decap-server).
          name: 'cms',
          include: ['tests/cms/**/*.test.ts'],
          // After the unit and e2e projects, alone: the dev server's reload of published
          // content is timed, and two other test files at once slow it past its limit.
          sequence: { groupOrder: 2 },
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          // One build and one nginx serve every e2e file; see tests/e2e/global-setup.ts.
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
