import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers: one file at a time (2 cores), in Node.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 90000,
  },
});
