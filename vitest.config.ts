import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Teardowns run in reverse: the PostgreSQL server (inside the run's temp folder) stops first.
    globalSetup: ['test/support/temp-root.ts', 'test/support/pg-global.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
