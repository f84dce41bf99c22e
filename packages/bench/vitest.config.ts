import { defineConfig } from 'vitest/config';
import { propertyTests } from '../../test-support/fast-check/index.ts';

export default defineConfig({
  test: { ...propertyTests, name: 'bench', include: ['test/**/*.test.ts'], testTimeout: 30_000 },
});
