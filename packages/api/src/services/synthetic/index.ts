export { seedSynthetic, SYNTHETIC_DATASET, type SyntheticOptions, type SyntheticResult } from './seed.ts';
export { measureExposure, measureQueries, type Timing } from './measure.ts';
export { seedSyntheticPortfolio, SYNTHETIC_CLIENT_PREFIX, type SyntheticPortfolioOptions } from './portfolio.ts';
