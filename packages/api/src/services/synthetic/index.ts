export { seedSynthetic, SYNTHETIC_DATASET, type SyntheticOptions, type SyntheticResult } from './seed.ts';
export { measureQueries, type Timing } from './measure.ts';
