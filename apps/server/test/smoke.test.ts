import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInCookie } from './support/sign-in.ts';
import { spawnServer, type SpawnedServer } from './support/spawn-server.ts';

// The real, built server on a loopback port against a fresh data directory.
describe('server smoke test', () => {
  let server: SpawnedServer;
  beforeAll(async () => {
    server = await spawnServer();
  });
  afterAll(() => server?.dispose());

  it('is ready (/readyz) with the embedded database and current migrations', async () => {
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, db: 'pglite', migrations: { current: true } });
  });

  it('serves the web app at /', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<div id="root">');
    expect(html).toMatch(/<script type="module"[^>]+src="\/assets\/[^"]+\.js"/);
  });

  it('answers the dashboard query with the demo data for a signed-in client', async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { filter: { states: [], topics: [], orgs: [] } } }));
    const cookie = await signInCookie((p, init) => fetch(`${server.url}${p}`, init), server.url, 'client@atalaya.demo', 'atalaya-demo');
    const res = await fetch(`${server.url}/trpc/dashboard.get?input=${input}`, { headers: { 'accept-encoding': 'gzip', cookie } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: { json: { kpis: { items: { value: number } }; commentary: { commentary: string } } } } };
    expect(body.result.data.json.kpis.items.value).toBeGreaterThanOrEqual(30);
    expect(body.result.data.json.commentary.commentary.length).toBeGreaterThan(50);
  });

  it('stops cleanly on SIGTERM and keeps its data for the next start', async () => {
    expect(await server.stop()).toBe(0);
    const again = await spawnServer({ dataDir: server.dataDir });
    try {
      expect(again.output()).not.toMatch(/Loaded demo data/);
      const res = await fetch(`${again.url}/readyz`);
      expect(res.status).toBe(200);
    } finally {
      await again.stop();
    }
  });
});
