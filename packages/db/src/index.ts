export { createDb, openPglite, runsStatementsInParallel, wrapPglite, type Db, type DbConfig, type DbKind } from './create-db.ts';
export { migrateToLatest, migrationState, MigrationError, type MigrationState } from './migrate.ts';
export * from './schema.ts';
export { sql, type Kysely, type Transaction } from 'kysely';
export { coveredTime, QueryTiming, type Timed } from './query-timing.ts';
export { inTransaction } from './transaction.ts';
export { isDatabaseUnavailable } from './unavailable.ts';
