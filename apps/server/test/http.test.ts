import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DEMO_PASSWORD, loadDemo } from '@atalaya/api';
import type { Db } from '@atalaya/db';
import { createTestDb, testBackends } from '@atalaya/db/testing';
import { EMPTY_FILTER } from '@atalaya/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { signInCookie } from './support/sign-in.ts';

const trpcGet = (procedure: string, input: unknown) =>
  `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

describe.each(testBackends())('HTTP wiring on %s', (kind) => {
  let handle: Db;
  let webDir: string;
  let app: ReturnType<typeof createApp>;
  let cookie: string;
  const get = (path: string) => app.request(path, { headers: { cookie } });

  beforeAll(async () => {
    handle = await createTestDb(kind);
    await loadDemo(handle.db);
    webDir = mkdtempSync(path.join(tmpdir(), 'atalaya-web-'));
    mkdirSync(path.join(webDir, 'assets'));
    writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Atalaya</title><div id="root"></div>');
    writeFileSync(path.join(webDir, 'assets', 'index-abc123.js'), 'console.log("hi")');
    app = createApp({ db: handle, webDir });
    cookie = await signInCookie((p, init) => app.request(p, init), 'http://localhost', 'client@atalaya.demo', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await handle.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('GET /healthz says alive; GET /readyz reports the database kind and migration state', async () => {
    expect(await (await app.request('/healthz')).json()).toEqual({ ok: true });
    const res = await app.request('/readyz');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; db: string; migrations: { current: boolean; pending: string[] } };
    expect(body).toMatchObject({ ok: true, db: kind, migrations: { current: true, pending: [] } });
  });

  it('serves the dashboard query over tRPC to signed-in users only', async () => {
    const anonymous = await app.request(trpcGet('dashboard.get', { filter: EMPTY_FILTER }));
    expect(anonymous.status).toBe(401);
    const res = await get(trpcGet('dashboard.get', { filter: { ...EMPTY_FILTER, states: ['MX-SIN'] } }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: { json: { items: { items: Array<{ places: string[] }> } } } } };
    const items = body.result.data.json.items.items;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.places).toContain('MX-SIN');
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('gzips API answers for clients that accept it, with the length of what is sent', async () => {
    const path = trpcGet('dashboard.get', { filter: EMPTY_FILTER });
    const zipped = await app.request(path, { headers: { cookie, 'accept-encoding': 'gzip, deflate, br' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
    const bytes = Buffer.from(await zipped.arrayBuffer());
    expect(Number(zipped.headers.get('content-length'))).toBe(bytes.byteLength);
    const plain = await app.request(path, { headers: { cookie } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    expect(gunzipSync(bytes).toString('utf8')).toBe(text);
    expect(bytes.byteLength).toBeLessThan(text.length / 3);
    // Small answers are not worth compressing.
    const me = await app.request('/trpc/auth.me', { headers: { cookie, 'accept-encoding': 'gzip' } });
    expect(me.headers.get('content-encoding')).toBeNull();
    expect(await me.json()).toMatchObject({ result: { data: { json: { email: 'client@atalaya.demo' } } } });
  });

  it('answers bad input with 400 and a readable message, no stack or SQL', async () => {
    const res = await get(trpcGet('items.list', { filter: { ...EMPTY_FILTER, states: ['MX-XXX'] } }));
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain('Unknown state');
    expect(text).toContain('MX-XXX');
    expect(text).not.toMatch(/at .*\.ts:\d+|select .* from/i);
  });

  it('answers a missing item with 404', async () => {
    const res = await get(trpcGet('items.byId', { id: 987654 }));
    expect(res.status).toBe(404);
  });

  it('serves the SPA for unknown paths and hashed assets with long-lived caching', async () => {
    const page = await app.request('/states/MX-SIN');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const asset = await app.request('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/assets/missing-000.js')).status).toBe(404);
    expect((await app.request('/api/nothing')).status).toBe(404);
  });
});

describe('request size', () => {
  it('refuses API bodies over 1 MB with 413, before parsing them', async () => {
    const handle = await createTestDb('pglite');
    try {
      const app = createApp({ db: handle, webDir: '/nonexistent' });
      const res = await app.request('/trpc/auth.signIn', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost' },
        body: JSON.stringify({ json: { email: 'a@b.co', password: 'x'.repeat(1_100_000) } }),
      });
      expect(res.status).toBe(413);
      expect(await res.text()).toContain('1 MB');
    } finally {
      await handle.close();
    }
  });
});
