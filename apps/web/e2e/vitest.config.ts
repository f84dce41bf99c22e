import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['**/*.e2e.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // One browser and one server at a time: CI has two cores.
    fileParallelism: false,
  },
});
