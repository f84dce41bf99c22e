import { describe, expect, it } from 'vitest';
import { runsStatementsInParallel } from '../src/index.ts';
import { createTestDb, testBackends } from '../src/testing.ts';

describe.each(testBackends())('statements issued at once on %s', (kind) => {
  it('run in parallel on a pool, one after another on PGlite and inside a transaction', async () => {
    const handle = await createTestDb(kind);
    try {
      expect(runsStatementsInParallel(handle.db)).toBe(kind === 'postgres');
      await handle.db.transaction().execute(async (trx) => {
        expect(runsStatementsInParallel(trx)).toBe(false);
      });
    } finally {
      await handle.close();
    }
  });
});
