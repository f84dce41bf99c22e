import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

/**
 * Runs `work` in the caller's transaction when `db` is one, otherwise in a new transaction: a step that must be
 * atomic can then also be part of a larger change (its audit entry, another step) that commits or fails as one.
 */
export function inTransaction<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Transaction<Database>) : db.transaction().execute(work);
}
