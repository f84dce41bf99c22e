import type { Db } from '@atalaya/db';
import { createTestDb, testBackends } from '@atalaya/db/testing';
import { EMPTY_FILTER } from '@atalaya/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SnapshotCache } from '../src/services/snapshot-cache.ts';
import { demoApi } from './helpers.ts';

describe.each(testBackends())('results remembered per database snapshot on %s', (kind) => {
  let handle: Db;
  beforeAll(async () => {
    handle = await createTestDb(kind);
    await handle.db.schema.createTable('counter').addColumn('n', 'integer').execute();
    await handle.db.insertInto('counter' as never).values({ n: 1 } as never).execute();
  }, 120_000);
  afterAll(() => handle?.close());

  const readCounter = async () => {
    const row = (await handle.db.selectFrom('counter' as never).select('n' as never).executeTakeFirstOrThrow()) as { n: number };
    return row.n;
  };

  it('computes once while nothing is written, and again after any commit', async () => {
    const cache = new SnapshotCache<number>(10);
    let computed = 0;
    const get = () => cache.get(handle.db, 'k', async () => ((computed += 1), readCounter()));
    expect(await get()).toBe(1);
    expect(await get()).toBe(1);
    expect(computed).toBe(1);
    await cache.get(handle.db, 'other', async () => 0);
    expect(cache.size).toBe(2);
    await handle.db.updateTable('counter' as never).set({ n: 2 } as never).execute();
    expect(await get()).toBe(2);
    expect(computed).toBe(2);
    // The older snapshot's entries, which nothing could hit any more, are gone.
    expect(cache.size).toBe(1);
  });

  it('shares one computation between concurrent requests, keeps keys apart, and forgets failures', async () => {
    const cache = new SnapshotCache<string>(10);
    let computed = 0;
    const slow = async (value: string) => {
      computed += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return value;
    };
    const results = await Promise.all(Array.from({ length: 8 }, () => cache.get(handle.db, 'a', () => slow('A'))));
    expect(results).toEqual(Array(8).fill('A'));
    expect(computed).toBe(1);
    expect(await cache.get(handle.db, 'b', () => slow('B'))).toBe('B');
    await expect(cache.get(handle.db, 'c', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get(handle.db, 'c', () => slow('C'))).toBe('C');
  });

  it('keeps at most its size, dropping the least recently used', async () => {
    const cache = new SnapshotCache<string>(2);
    await cache.get(handle.db, 'a', async () => 'A');
    await cache.get(handle.db, 'b', async () => 'B');
    await cache.get(handle.db, 'a', async () => 'A again');
    await cache.get(handle.db, 'c', async () => 'C');
    expect(cache.size).toBe(2);
    expect(await cache.get(handle.db, 'a', async () => 'A recomputed')).toBe('A');
    expect(await cache.get(handle.db, 'b', async () => 'B recomputed')).toBe('B recomputed');
  });
});

describe('the dashboard after a write', () => {
  let api: Awaited<ReturnType<typeof demoApi>>;
  beforeAll(async () => {
    api = await demoApi('pglite');
  }, 120_000);
  afterAll(() => api?.handle.close());

  it('shows a newly published item at once, though the same dashboard was just served', async () => {
    const { caller, db: handleDb } = api;
    const handle = { db: handleDb };
    const before = await caller.dashboard.get({ filter: EMPTY_FILTER });
    expect(await caller.dashboard.get({ filter: EMPTY_FILTER })).toBe(before);
    const edition = await handle.db.selectFrom('items').select('edition_id').executeTakeFirstOrThrow();
    await handle.db
      .insertInto('items')
      .values({ edition_id: edition.edition_id, position: 999, headline: 'A freshly published item', summary: 'Added after the dashboard was cached.', item_date: '2099-01-01', outlet: 'Test', language: 'en', status: 'published' } as never)
      .execute();
    const after = await caller.dashboard.get({ filter: EMPTY_FILTER });
    expect(after.kpis.items.value).toBe((before.kpis.items.value ?? 0) + 1);
    expect(after.items.items[0]?.headline).toBe('A freshly published item');
  });
});
