import { defineConfig } from 'vitest/config';

/**
 * End-to-end specs drive real browsers: one file at a time (two cores, ~0.5 GB per browser), with
 * timeouts sized for a Firefox launch.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/specs/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    retry: 0,
  },
});
