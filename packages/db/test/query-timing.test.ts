import { describe, expect, it } from 'vitest';
import { createDb, openPglite, sql, wrapPglite, QueryTiming, coveredTime, type Db } from '../src/index.ts';
import { testBackends } from '../src/testing.ts';

describe('coveredTime', () => {
  it('counts overlapping intervals once', () => {
    expect(coveredTime([[0, 10], [5, 15], [20, 25]])).toBe(20);
    expect(coveredTime([[20, 25], [0, 10], [2, 3]])).toBe(15);
    expect(coveredTime([])).toBe(0);
  });
});

async function open(kind: string, timing: QueryTiming): Promise<Db> {
  if (kind === 'postgres') return createDb({ databaseUrl: process.env['TEST_DATABASE_URL'], log: timing.log, poolSize: 4 });
  return wrapPglite(await openPglite(undefined), timing.log);
}

describe.each(testBackends())('query timing on %s', (kind) => {
  it('gives each unit of work the queries it ran, even when two run at once', async () => {
    const timing = new QueryTiming();
    const db = await open(kind, timing);
    try {
      const slow = () => sql`select pg_sleep(0.05)`.execute(db.db);
      const [a, b] = await Promise.all([
        timing.measure(async () => {
          await Promise.all([slow(), slow()]);
          return 'a';
        }),
        timing.measure(async () => (await sql<{ n: number }>`select 1 as n`.execute(db.db)).rows[0]?.n),
      ]);
      expect(a.result).toBe('a');
      expect(a.queries).toBe(2);
      expect(a.sqlMs).toBeGreaterThanOrEqual(49);
      expect(a.sqlMs).toBeLessThanOrEqual(a.totalMs + 1);
      expect(b.result).toBe(1);
      expect(b.queries).toBe(1);
      // Queries outside any measured work are not counted anywhere.
      await sql`select 2`.execute(db.db);
      expect((await timing.measure(async () => 'none')).queries).toBe(0);
    } finally {
      await db.close();
    }
  });
});
