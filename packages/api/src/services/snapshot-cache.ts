import { sql, type Database, type Kysely } from '@atalaya/db';

/**
 * Results of read-only queries, remembered per database snapshot.
 *
 * The key of every entry includes PostgreSQL's current snapshot (`pg_current_snapshot()`: the transactions
 * whose writes are visible). Two requests with the same snapshot see exactly the same data, so a result
 * computed for one is right for the other; any commit anywhere gives a new snapshot, so nothing stale is
 * ever served and no write path has to remember to invalidate anything. Only the newest snapshot's entries
 * are kept: once a request sees another snapshot, the older entries (which no later request could hit) are
 * dropped at once rather than left to age out. Each server process keeps its own entries: replicas share
 * nothing but the database. Concurrent requests for the same key share one computation. The least
 * recently used entries go first once `maxEntries` is reached.
 *
 * Values are shared between requests: callers must not mutate them.
 */
export class SnapshotCache<V> {
  private snapshot: string | null = null;
  private entries = new Map<string, Promise<V>>();

  constructor(private readonly maxEntries: number) {}

  async get(db: Kysely<Database>, key: string, compute: () => Promise<V>): Promise<V> {
    const { rows } = await sql<{ snapshot: string }>`select pg_current_snapshot()::text as snapshot`.execute(db);
    const snapshot = rows[0]?.snapshot ?? '';
    if (snapshot !== this.snapshot) {
      this.snapshot = snapshot;
      this.entries = new Map();
    }
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const pending = compute();
    const entries = this.entries;
    entries.set(key, pending);
    pending.catch(() => entries.delete(key));
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return pending;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** One cache per database handle (each test database, the primary and a replica have their own snapshots). */
export function cachePerDatabase<V>(maxEntries: number): (db: Kysely<Database>) => SnapshotCache<V> {
  const caches = new WeakMap<Kysely<Database>, SnapshotCache<V>>();
  return (db) => {
    let cache = caches.get(db);
    if (!cache) {
      cache = new SnapshotCache<V>(maxEntries);
      caches.set(db, cache);
    }
    return cache;
  };
}
