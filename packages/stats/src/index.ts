// Official and public statistics files in their published layouts → typed rows. Pure: no I/O.
export * from './errors';
export * from './advisory';
