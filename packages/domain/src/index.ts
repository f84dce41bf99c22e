export * from './states';
export * from './gazetteer';
export * from './countries';
export * from './topics';
export * from './organizations';
export * from './series';
export * from './filter';
export * from './place-names';
