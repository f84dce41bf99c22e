// First: zod must not probe for eval under the web app's CSP (see the module).
import './zod-jitless';
export * from './states';
export * from './gazetteer';
export * from './countries';
export * from './topics';
export * from './organizations';
export * from './series';
export * from './filter';
export * from './text';
export * from './api-limits';
export * from './place-names';
export * from './risk';
export * from './signals';
export * from './exposure';
