import { defineConfig } from 'vitest/config';

/** Tests that run Astro itself (a build or a type-check): they share Astro's working folders, so they run one at a time, first. */
const ASTRO_RUNS = [
  'tests/integration/broken-content.test.ts',
  'tests/integration/xss-build.test.ts',
  'tests/integration/resilience.test.ts',
  'tests/integration/typecheck.test.ts',
];

export default defineConfig({
  test: {
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests share two cores with Chromium: keep file parallelism modest.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'astro-runs', include: ASTRO_RUNS, fileParallelism: false, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ASTRO_RUNS,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
