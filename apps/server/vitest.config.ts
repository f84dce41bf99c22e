import { defineConfig } from 'vitest/config';
import { propertyTests } from '../../test-support/fast-check/index.ts';

export default defineConfig({
  test: { ...propertyTests, name: 'server', include: ['test/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 },
});
