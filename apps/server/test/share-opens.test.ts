import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD, loadDemo } from '@atalaya/api';
import type { Db } from '@atalaya/db';
import { createTestDb, testBackends } from '@atalaya/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { signInCookie } from './support/sign-in.ts';
import { fromPeer } from './support/requests.ts';

const ORIGIN = 'http://localhost';

interface OpenPage {
  opens: Array<{ id: number; at: string; ipHash: string | null; userAgent: string | null }>;
  nextCursor: number | null;
}

describe.each(testBackends())('share-link opens on %s', (kind) => {
  let handle: Db;
  let webDir: string;
  let app: ReturnType<typeof createApp>;
  let manager: string;

  const trpc = async <T>(procedure: string, input: unknown, method: 'GET' | 'POST' = 'GET'): Promise<T> => {
    const wire = JSON.stringify({ json: input });
    const res =
      method === 'GET'
        ? await app.request(`/trpc/${procedure}?input=${encodeURIComponent(wire)}`, { headers: { cookie: manager } })
        : await app.request(`/trpc/${procedure}`, { method: 'POST', headers: { cookie: manager, origin: ORIGIN, 'content-type': 'application/json' }, body: wire });
    expect(res.status, await res.clone().text()).toBe(200);
    return ((await res.json()) as { result: { data: { json: T } } }).result.data.json;
  };
  const open = (token: string, peer: string) => app.request(`/s/${token}`, { headers: { 'user-agent': `Browser at ${peer}` } }, fromPeer(peer));

  beforeAll(async () => {
    handle = await createTestDb(kind);
    await loadDemo(handle.db);
    webDir = mkdtempSync(path.join(tmpdir(), 'atalaya-web-'));
    writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Atalaya</title><div id="root"></div>');
    app = createApp({ db: handle, webDir });
    manager = await signInCookie((p, init) => app.request(p, init), ORIGIN, 'manager@atalaya.demo', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await handle.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  /** A new share link of the demo's shared view. */
  async function newLink(): Promise<{ id: number; token: string; viewId: number }> {
    const views = await trpc<Array<{ id: number; name: string }>>('views.list', {});
    const viewId = views.find((v) => v.name === 'Northern corridor')?.id as number;
    return { ...(await trpc<{ id: number; token: string }>('views.share', { viewId, expiresInDays: 1 }, 'POST')), viewId };
  }

  it('limits how often one address opens share links, and records no refused open', async () => {
    const link = await newLink();
    for (let i = 0; i < 30; i++) expect((await open(link.token, '192.0.2.10')).status).toBe(200);
    const refused = await open(link.token, '192.0.2.10');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toContain('This link has been opened too often');
    // Someone else opens it as usual.
    expect((await open(link.token, '192.0.2.11')).status).toBe(200);
    const links = await trpc<Array<{ id: number; openCount: number }>>('views.shareLinks', { viewId: link.viewId });
    expect(links.find((l) => l.id === link.id)).toMatchObject({ openCount: 31 });
  });

  it('limits how often one link is opened, from however many addresses, and pages through its opens', async () => {
    const link = await newLink();
    // Seven addresses, 30 opens each (the most one address may): the link takes 200 in an hour.
    const statuses: number[] = [];
    for (let peer = 0; peer < 7; peer++) {
      for (let i = 0; i < 30; i++) statuses.push((await open(link.token, `198.51.100.${peer + 1}`)).status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(200);
    expect(statuses.slice(200).every((s) => s === 429)).toBe(true);
    expect((await open(link.token, '198.51.100.99')).status).toBe(429);

    // The creator's list of opens comes a page at a time, newest first, each open once.
    const seen: OpenPage['opens'] = [];
    let cursor: number | null = null;
    let pages = 0;
    do {
      const page: OpenPage = await trpc<OpenPage>('views.shareOpens', { linkId: link.id, cursor, limit: 60 });
      expect(page.opens.length).toBeLessThanOrEqual(60);
      seen.push(...page.opens);
      cursor = page.nextCursor;
      pages++;
    } while (cursor !== null);
    expect(pages).toBe(4);
    expect(seen).toHaveLength(200);
    expect(new Set(seen.map((o) => o.id)).size).toBe(200);
    expect(seen.map((o) => o.id)).toEqual([...seen.map((o) => o.id)].sort((a, b) => b - a));
    expect(seen[0]?.userAgent).toBe('Browser at 198.51.100.7');
    expect(seen.at(-1)?.userAgent).toBe('Browser at 198.51.100.1');
    // Without a limit, a page is 50 opens.
    const first = await trpc<OpenPage>('views.shareOpens', { linkId: link.id });
    expect(first.opens).toHaveLength(50);
  });
});
