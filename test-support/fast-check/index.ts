import { fileURLToPath } from 'node:url';

/**
 * The vitest settings every project with property tests spreads into its `test` config: one fast-check seed
 * for the whole run, FC_SEED's when it is set, otherwise a random one that is printed (see global-setup.ts).
 * A failing property then names the seed, and `FC_SEED=<seed>` repeats the run exactly.
 */
export const propertyTests = {
  globalSetup: [fileURLToPath(new URL('./global-setup.ts', import.meta.url))],
  setupFiles: [fileURLToPath(new URL('./setup.ts', import.meta.url))],
};
