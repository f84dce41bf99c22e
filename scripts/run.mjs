#!/usr/bin/env node
// `npm start`, `npm test` and `npm run atalaya -- <command>` on a machine with only Node and npm: bootstraps a
// pinned pnpm through npx (corepack is not reliable here), installs, builds, then serves, tests or runs the CLI.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = 'pnpm@10.34.9';

/** Runs a step; with `quiet`, its output goes to stderr so the CLI's stdout stays one clean document. */
function run(command, args, env = {}, quiet = false) {
  const stdio = quiet ? ['inherit', process.stderr, 'inherit'] : 'inherit';
  const result = spawnSync(command, args, { cwd: root, stdio, env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

const pnpm = (...args) => run('npx', ['--yes', PNPM, ...args]);
const pnpmQuiet = (...args) => run('npx', ['--yes', PNPM, ...args], {}, true);

function installAndBuild() {
  pnpm('install', '--frozen-lockfile');
  pnpm('run', 'build');
}

const NOT_BUILT_FROM = new Set(['node_modules', 'dist', 'out', 'test', 'e2e']);

/** Newest modification time under `dir` (0 when absent), skipping installs, build output, tests and tool caches. */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  const stat = statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith('.') || NOT_BUILT_FROM.has(entry)) continue;
    max = Math.max(max, newest(path.join(dir, entry)));
  }
  return max;
}

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/** Installs and builds only what is missing or older than its sources, so a CLI call costs no build when nothing changed. */
function ensureBuilt() {
  if (mtime(path.join(root, 'node_modules/.modules.yaml')) < mtime(path.join(root, 'pnpm-lock.yaml'))) {
    pnpmQuiet('install', '--frozen-lockfile');
  }
  const sources = Math.max(...['apps', 'packages'].map((dir) => newest(path.join(root, dir))), mtime(path.join(root, 'pnpm-lock.yaml')));
  const built = Math.min(mtime(path.join(root, 'apps/server/dist/cli.mjs')), mtime(path.join(root, 'apps/web/dist/index.html')));
  if (built < sources) pnpmQuiet('run', 'build');
}

/** Runs the built CLI with these arguments and exits with its code. */
function cli(args) {
  const child = spawn(process.execPath, [path.join(root, 'apps/server/dist/cli.mjs'), ...args], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
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
} else if (command === 'atalaya') {
  ensureBuilt();
  cli(process.argv.slice(3));
} else {
  console.error('usage: node scripts/run.mjs start|test|atalaya [ARGS...]');
  process.exit(2);
}
