// The scale benchmark: loads synthetic archives of several sizes into each database, measures the
// queries in-process and the real server over loopback, and reports them against the budgets.
//   pnpm bench            10k and 100k items with 1M observations (PGlite; PostgreSQL too with DATABASE_URL)
//   pnpm bench --quick    the same steps at small sizes, in a few minutes (CI runs it so it cannot rot)
// Prints a table and writes bench/results.json (a quick run: bench/out/results-quick.json). Needs the built server and web app (`pnpm build`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleSizes } from './bundle.ts';
import { prepareBackend, type BackendName } from './backends.ts';
import { measureInProcess } from './in-process.ts';
import { measureServer } from './server.ts';
import { BUDGETS, checkBudgets, formatReport, type SizeResult } from './report.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const quick = values.quick ?? false;
// The full run's results are committed; a quick run's (CI, a check after a change) go with the other outputs.
const out = values.out ?? path.join(root, quick ? 'bench/out/results-quick.json' : 'bench/results.json');

const SIZES = quick
  ? [{ items: 2_000, observations: 40_000, clients: 50 }]
  : [
      { items: 10_000, observations: 1_000_000, clients: 1_000 },
      { items: 100_000, observations: 1_000_000, clients: 1_000 },
    ];
const LOAD = quick ? { connections: 50, seconds: 5 } : { connections: 50, seconds: 20 };
const ITERATIONS = quick ? 20 : 100;

const backends: BackendName[] = ['pglite'];
if (process.env['DATABASE_URL']) backends.push('postgres');

function ingestBench(): unknown {
  // Its own process: the ingest figures are CPU time on one core and should not share a heap with the loaders.
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'packages/ingest/scripts/bench.ts')], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, BENCH_RUN_MS: quick ? '500' : '3000' },
  });
  return JSON.parse(readFileSync(path.join(root, 'bench/out/ingest.json'), 'utf8'));
}

async function main() {
  const started = Date.now();
  const results: SizeResult[] = [];
  for (const backend of backends) {
    for (const size of SIZES) {
      console.log(`\n== ${backend}: ${size.items.toLocaleString('en')} items, ${size.observations.toLocaleString('en')} observations`);
      const prepared = await prepareBackend(backend, { ...size, seed: Number(values.seed) });
      try {
        const inProcess = await measureInProcess(prepared, ITERATIONS);
        const server = await measureServer(prepared, { iterations: ITERATIONS, load: LOAD });
        results.push({ backend, ...size, load: prepared.loadSeconds, inProcess, server });
      } finally {
        await prepared.dispose();
      }
    }
  }
  const ingest = ingestBench();
  const web = bundleSizes(path.join(root, 'apps/web/dist'));
  const report = {
    measuredAt: new Date().toISOString(),
    quick,
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    budgets: BUDGETS,
    results,
    budgetChecks: checkBudgets(results, web),
    ingest,
    web,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${formatReport(report)}`);
  console.log(`\nWrote ${path.relative(process.cwd(), out)} in ${report.seconds} s.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
