import { defineConfig } from 'vitest/config';
import { propertyTests } from '../../test-support/fast-check/index.ts';

export default defineConfig({
  test: { ...propertyTests, name: 'db', include: ['test/**/*.test.ts', 'src/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
});
