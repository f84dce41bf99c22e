#!/usr/bin/env node
// Copies what the built server needs at run time into TARGET, in the layout it runs from:
//   TARGET/apps/server/dist, TARGET/apps/web/dist, and TARGET/node_modules with only the packages that
//   apps/server/build.mjs leaves outside the bundle (its `external` list) and their production dependencies,
//   taken from the installed workspace, so the versions are exactly the lockfile's and nothing is downloaded.
// Usage (after `pnpm install` and both builds): node infra/runtime-deps.mjs TARGET
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverDir = path.join(root, 'apps/server');
const target = process.argv[2];
if (!target) {
  console.error('usage: node infra/runtime-deps.mjs TARGET');
  process.exit(2);
}

/** The `external` array of build.mjs: one list of what stays outside the bundle, kept where the bundle is made. */
function externals() {
  const script = readFileSync(path.join(serverDir, 'build.mjs'), 'utf8');
  const list = /const external = \[([^\]]*)\]/.exec(script)?.[1];
  if (list === undefined) throw new Error('apps/server/build.mjs has no `const external = [...]` list');
  return [...list.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

/** Where Node would find package `name` from `fromDir` (walking up node_modules folders), or null. */
function locate(name, fromDir) {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return realpathSync(candidate);
    if (path.dirname(dir) === dir) return null;
  }
}

const modules = path.join(target, 'node_modules');
/** name → version placed at the top of TARGET/node_modules. */
const placed = new Map();
const copied = [];

/** Copies a package and, recursively, its dependencies; a second version of a name goes under its dependent. */
function copyPackage(name, fromDir, besideDependent, optional) {
  const source = locate(name, fromDir);
  if (!source) {
    if (optional) return;
    throw new Error(`${name} is not installed (needed by ${fromDir}); run pnpm install first`);
  }
  const manifest = JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8'));
  let dest = path.join(modules, name);
  if (placed.get(name) === manifest.version) return;
  if (placed.has(name)) dest = path.join(besideDependent, name);
  else placed.set(name, manifest.version);
  if (existsSync(dest)) return;
  cpSync(source, dest, { recursive: true, dereference: true });
  copied.push(`${name}@${manifest.version}`);
  const nested = path.join(dest, 'node_modules');
  for (const dep of Object.keys(manifest.dependencies ?? {})) copyPackage(dep, source, nested, false);
  for (const dep of Object.keys(manifest.optionalDependencies ?? {})) copyPackage(dep, source, nested, true);
}

for (const built of ['apps/server/dist', 'apps/web/dist']) {
  if (!existsSync(path.join(root, built))) throw new Error(`${built} is missing: build it first`);
  mkdirSync(path.dirname(path.join(target, built)), { recursive: true });
  cpSync(path.join(root, built), path.join(target, built), { recursive: true });
}
mkdirSync(modules, { recursive: true });
// An external that is not installed (pg-native) is one the code only loads when asked to; the bundle never needs it.
for (const name of externals()) copyPackage(name, serverDir, modules, true);
console.log(`runtime in ${target}: apps/server/dist, apps/web/dist, ${copied.length} packages (${copied.join(', ')})`);
