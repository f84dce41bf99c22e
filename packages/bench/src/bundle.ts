import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export interface BundleSizes {
  initialJsGzipKb: number;
  initialFiles: string[];
  mapChunkGzipKb: number;
}

/** Gzipped size of the JavaScript index.html loads up front, and of the lazily loaded map chunk, in a built web app. */
export function bundleSizes(dist: string): BundleSizes {
  const gz = (file: string) => gzipSync(readFileSync(path.join(dist, file))).length;
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const assets = readdirSync(path.join(dist, 'assets'));
  const map = assets.filter((f) => /^maplibre-gl-(?!worker)[\w-]+\.js$/.test(f)).map((f) => `assets/${f}`);
  return {
    initialJsGzipKb: kb(initial.reduce((n, f) => n + gz(f), 0)),
    initialFiles: initial,
    mapChunkGzipKb: kb(map.reduce((n, f) => n + gz(f), 0)),
  };
}
