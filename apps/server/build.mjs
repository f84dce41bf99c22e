// Bundles the server and CLI (with the workspace packages' TypeScript) into dist/cli.mjs.
import { build } from 'esbuild';

// Packages that load files next to themselves (WASM, native addons) stay outside the bundle.
const external = ['@electric-sql/pglite', 'pg', 'pg-native', '@node-rs/argon2', 'pdfkit', 'pdfjs-dist'];

await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external,
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
