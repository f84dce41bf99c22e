import fc from 'fast-check';
import { inject } from 'vitest';
import type {} from './global-setup.ts';

// Every fc.assert of the run starts from the run's seed, which a failure report names (`seed: …`).
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: inject('fastCheckSeed') });
