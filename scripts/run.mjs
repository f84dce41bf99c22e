#!/usr/bin/env node
// `npm start` and `npm test` on a machine with only Node and npm: bootstraps a
// pinned pnpm through npx (corepack is not reliable here), installs, builds,
// then serves or tests.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = 'pnpm@10.34.9';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

const pnpm = (...args) => run('npx', ['--yes', PNPM, ...args]);

function installAndBuild() {
  pnpm('install', '--frozen-lockfile');
  pnpm('run', 'build');
}

/** A throwaway PostgreSQL for the database and API suites, when the server binaries are installed. */
function startPostgres() {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base) || readdirSync(base).length === 0) {
    console.log('PostgreSQL is not installed: database suites run on PGlite only.');
    return undefined;
  }
  const result = spawnSync('bash', [path.join(root, 'scripts/pg-throwaway.sh'), 'start'], { encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stderr);
    if (process.env.CI) process.exit(1);
    console.log('Could not start PostgreSQL: database suites run on PGlite only.');
    return undefined;
  }
  const url = result.stdout.trim().split('\n').at(-1);
  console.log(`PostgreSQL for tests: ${url}`);
  return url;
}

const command = process.argv[2];
if (command === 'start') {
  installAndBuild();
  // V8 grows its heap lazily under load; a cap keeps the server's memory within budget (infra/README.md, "Memory").
  const server = spawn(process.execPath, ['--max-old-space-size=384', 'apps/server/dist/cli.mjs', 'serve'], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
} else if (command === 'test') {
  installAndBuild();
  pnpm('run', 'lint');
  pnpm('run', 'typecheck');
  const databaseUrl = startPostgres();
  run('npx', ['--yes', PNPM, 'exec', 'vitest', 'run', ...process.argv.slice(3)], databaseUrl ? { TEST_DATABASE_URL: databaseUrl } : {});
  if (databaseUrl && !process.env.TEST_DATABASE_URL) {
    spawnSync('bash', [path.join(root, 'scripts/pg-throwaway.sh'), 'stop'], { stdio: 'inherit' });
  }
} else {
  console.error('usage: node scripts/run.mjs start|test');
  process.exit(2);
}
