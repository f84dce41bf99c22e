import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    fastCheckSeed: number;
  }
}

/**
 * Chooses the run's fast-check seed, once for all projects: FC_SEED when it is set, otherwise a random seed,
 * printed and put in FC_SEED for the projects set up after this one (this runs synchronously, so they see it).
 */
export default function setup(project: TestProject): void {
  const given = process.env['FC_SEED'];
  if (given === undefined || given === '') {
    const seed = Math.floor(Math.random() * 0x7fffffff);
    process.env['FC_SEED'] = String(seed);
    console.log(`fast-check seed ${seed} (FC_SEED=${seed} repeats this run's property tests)`);
    project.provide('fastCheckSeed', seed);
    return;
  }
  const seed = Number(given);
  if (!/^-?\d+$/.test(given) || !Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, not "${given}"`);
  project.provide('fastCheckSeed', seed);
}
