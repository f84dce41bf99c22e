import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { propertyTests } from '../../test-support/fast-check/index.ts';

export default defineConfig({
  plugins: [react()],
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    globalSetup: propertyTests.globalSetup,
    setupFiles: [...propertyTests.setupFiles, './test/setup.ts'],
    testTimeout: 30_000,
  },
});
