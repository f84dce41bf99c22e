// The dashboard's budgets (the dashboard issue): initial JavaScript gzipped, the map chunk,
// HTTP requests that bring the dashboard's data, dashboard query time, and largest contentful paint.
//   pnpm bench:web   (from the repository root, after `pnpm build`)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSizes } from '@atalaya/bench/bundle';
import { percentile } from '@atalaya/bench/stats';
import { spawnServer } from '@atalaya/server/testing';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '../dist');
const outDir = path.resolve(here, '../../../bench/out');

async function main() {
  const sizes = bundleSizes(dist);
  const server = await spawnServer();
  try {
    const signIn = await fetch(`${server.url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ json: { email: 'analyst@atalaya.demo', password: 'atalaya-demo' } }),
    });
    const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    const input = encodeURIComponent(JSON.stringify({ json: { filter: { states: [], topics: [], orgs: [] } } }));
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const start = performance.now();
      const res = await fetch(`${server.url}/trpc/dashboard.get?input=${input}`, { headers: { cookie } });
      await res.arrayBuffer();
      if (i >= 10) times.push(performance.now() - start);
    }

    const browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const [name, value] = cookie.split('=');
    await context.addCookies([{ name: name as string, value: value as string, url: server.url }]);
    const page = await context.newPage();
    const trpcRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/trpc/')) trpcRequests.push(new URL(r.url()).pathname);
    });
    await page.goto(server.url, { waitUntil: 'networkidle' });
    const lcpMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            resolve(entries[entries.length - 1]?.startTime ?? -1);
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          setTimeout(() => resolve(-1), 3000);
        }),
    );
    const dashboardRequests = trpcRequests.filter((p) => p.includes('dashboard.get'));
    await browser.close();

    const result = {
      measuredAt: new Date().toISOString(),
      ...sizes,
      dashboardHttpMs: { p50: Math.round(percentile(times, 50) * 10) / 10, p95: Math.round(percentile(times, 95) * 10) / 10, samples: times.length },
      trpcRequestsOnLoad: trpcRequests.length,
      requestsCarryingDashboardData: dashboardRequests.length,
      largestContentfulPaintMs: Math.round(lcpMs),
    };
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'web.json'), JSON.stringify(result, null, 2));
    console.table({
      'initial JS (gzip, KB)': sizes.initialJsGzipKb,
      'map chunk (gzip, KB)': sizes.mapChunkGzipKb,
      'dashboard.get over HTTP p50 (ms)': result.dashboardHttpMs.p50,
      'dashboard.get over HTTP p95 (ms)': result.dashboardHttpMs.p95,
      'tRPC requests on load (batched)': result.trpcRequestsOnLoad,
      'requests carrying dashboard data': result.requestsCarryingDashboardData,
      'largest contentful paint (ms)': result.largestContentfulPaintMs,
    });
  } finally {
    await server.dispose();
  }
}

await main();
