/**
 * Seeds a synthetic archive and prints the server time (p50/p95, ms) of the dashboard for typical filters,
 * of full-text search, the timeline strip and item pages.
 *
 *   cd packages/api && npx tsx scripts/measure-dashboard.ts [--items 100000] [--observations 1000000] [--iterations 30] [--seed S]
 *
 * Uses a PGlite database in a temporary directory, or the PostgreSQL database at DATABASE_URL (seeded only
 * when it holds no synthetic data yet, so a second run measures the same rows without loading them again).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDb, migrateToLatest, sql } from '@atalaya/db';
import { measureQueries, seedSynthetic, SYNTHETIC_DATASET } from '../src/index.ts';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '100000' },
    observations: { type: 'string', default: '1000000' },
    iterations: { type: 'string', default: '30' },
    seed: { type: 'string' },
  },
});
const count = (name: string, raw: string | undefined): number | undefined => {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number ≥ 0, not "${raw}"`);
    process.exit(2);
  }
  return n;
};
const items = count('items', values.items) ?? 0;
const observations = count('observations', values.observations) ?? 0;
const iterations = Math.max(1, count('iterations', values.iterations) ?? 30);
const seed = count('seed', values.seed);

const databaseUrl = process.env['DATABASE_URL'];
const dir = databaseUrl ? undefined : mkdtempSync(path.join(tmpdir(), 'atalaya-measure-'));
const handle = await createDb({ databaseUrl, dataDir: dir });
try {
  await migrateToLatest(handle.db);
  const seeded = await handle.db.selectFrom('editions').select('id').where('source_name', '=', SYNTHETIC_DATASET).limit(1).executeTakeFirst();
  if (seeded) {
    console.log('The database already holds synthetic data: measuring it as it is.');
  } else {
    const started = performance.now();
    const result = await seedSynthetic(handle.db, {
      items,
      observations,
      ...(seed === undefined ? {} : { seed }),
      // A progress line rewritten in place, in a terminal only.
      onProgress: (done) => {
        if (process.stderr.isTTY) process.stderr.write(`\rseeding: ${done.items} items, ${done.observations} observations`);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    if (process.stderr.isTTY) process.stderr.write('\n');
    console.log(`Seeded ${result.editions} editions, ${result.items} items, ${result.observations} observations in ${seconds.toFixed(1)} s (${handle.kind}).`);
  }
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from items where status = 'published'`.execute(handle.db);
  console.log(`Measuring ${iterations} runs per query over ${rows[0]?.n ?? 0} published items on ${handle.kind}…`);
  const results = await measureQueries(handle.db, { iterations });
  const width = Math.max(...Object.keys(results).map((k) => k.length));
  console.log(`${'query'.padEnd(width)}  ${'p50 ms'.padStart(8)}  ${'p95 ms'.padStart(8)}`);
  for (const [name, t] of Object.entries(results)) {
    console.log(`${name.padEnd(width)}  ${t.p50.toFixed(1).padStart(8)}  ${t.p95.toFixed(1).padStart(8)}`);
  }
} finally {
  await handle.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
