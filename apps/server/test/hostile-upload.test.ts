import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nestedHtml, pageBombPdf, streamBombPdf, zipBombDocx } from '@atalaya/ingest/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInCookie } from './support/sign-in.ts';
import { spawnServer } from './support/spawn-server.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../packages/ingest/test/fixtures');
const ADMIN = { ATALAYA_DEMO: 'false', ATALAYA_ADMIN_EMAIL: 'admin@example.com', ATALAYA_ADMIN_PASSWORD: 'a long admin password' };

/** The built server with an admin (who may import), no demo data, and these settings. */
async function startServer(env: Record<string, string> = {}) {
  const server = await spawnServer({ env: { ...ADMIN, ...env } });
  const cookie = await signInCookie((p, init) => fetch(`${server.url}${p}`, init), server.url, ADMIN.ATALAYA_ADMIN_EMAIL, ADMIN.ATALAYA_ADMIN_PASSWORD);
  const upload = async (bytes: Uint8Array | string, name: string) => {
    const form = new FormData();
    form.append('file', new File([bytes], name));
    const res = await fetch(`${server.url}/api/ingest`, { method: 'POST', body: form, headers: { cookie, origin: server.url } });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { error?: { message: string } } };
  };
  /** Imported editions, as the analyst's review list shows them. */
  const editions = async () => {
    const res = await fetch(`${server.url}/trpc/review.list`, { headers: { cookie } });
    expect(res.status).toBe(200);
    return ((await res.json()) as { result: { data: { json: unknown[] } } }).result.data.json.length;
  };
  return { server, upload, editions };
}

/**
 * Runs `work` while /healthz is asked again and again; every answer must be a 200, and at least one must
 * come back before `work` is done (the server answers during the parse, not after it).
 */
async function whilePolled<T>(url: string, work: () => Promise<T>): Promise<{ result: T; statuses: number[]; answeredDuring: number }> {
  let done = false;
  let answeredDuring = 0;
  const statuses: number[] = [];
  const poll = async () => {
    do {
      const res = await fetch(`${url}/healthz`).catch(() => null);
      statuses.push(res?.status ?? 0);
      await res?.body?.cancel();
      if (!done) answeredDuring++;
    } while (!done);
  };
  const poller = poll();
  try {
    return { result: await work(), statuses, answeredDuring };
  } finally {
    done = true;
    await poller;
  }
}

describe('hostile uploads to the built server', () => {
  let s: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    // The default limits, but time: on a busy machine the 1.5 GB stream must meet the memory limit first.
    s = await startServer({ PARSE_TIMEOUT_SECONDS: '180' });
  });
  afterAll(() => s?.server.dispose());

  const MB = 1024 * 1024;
  const cases: Array<[string, string, () => Uint8Array | string, RegExp]> = [
    ['a PDF of 30,000 pages', 'pages.pdf', () => pageBombPdf(30_000), /pages\.pdf has 30,000 pages; the limit is 500 pages/],
    ['a .docx that unzips to 300 MB', 'zip.docx', () => zipBombDocx(300 * MB), /zip\.docx unzips to more than 50 MB/],
    ['a .docx that unzips to 300 MB but claims 1 KB', 'liar.docx', () => zipBombDocx(300 * MB, { declaredBytes: 1024 }), /liar\.docx unzips to more than 50 MB/],
    ['HTML of 100,000 nested elements', 'deep.html', () => nestedHtml(100_000), /deep\.html nests its elements more than 1,000 levels deep/],
    // Decoded streams live outside the JavaScript heap: the worker's whole memory is what is watched.
    ['a PDF whose page inflates to 1.5 GB', 'stream.pdf', () => streamBombPdf(1500 * MB), /stream\.pdf needed more than 384 MB of memory to read/],
  ];

  it.each(cases)('refuses %s with a 422 naming the limit, writes nothing, and /healthz answers throughout', async (_, name, make, message) => {
    const bytes = make();
    const before = await s.editions();
    const { result, statuses, answeredDuring } = await whilePolled(s.server.url, () => s.upload(bytes, name));
    expect(result.status).toBe(422);
    expect(result.body.error?.message).toMatch(message);
    expect(statuses.every((status) => status === 200), `/healthz answers: ${statuses.join(', ')}`).toBe(true);
    expect(answeredDuring).toBeGreaterThan(0);
    expect(await s.editions()).toBe(before);
  });

  it('still imports a real newsletter afterwards', async () => {
    const before = await s.editions();
    const res = await s.upload(readFileSync(path.join(FIXTURES, 'edition.docx')), 'edition.docx');
    expect(res.status).toBe(201);
    expect(await s.editions()).toBe(before + 1);
    expect(s.server.process.exitCode).toBeNull();
  });
});

describe('a parse past the time limit, with one parse at a time', () => {
  let s: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    // Pages are not limited here, so the page bomb runs until the (short) time limit stops it.
    s = await startServer({ PARSE_TIMEOUT_SECONDS: '3', PARSE_MAX_PAGES: '1000000', PARSE_CONCURRENCY: '1', PARSE_QUEUE: '0' });
  });
  afterAll(() => s?.server.dispose());

  it('stops the parse at the time limit (422) and turns away a second upload meanwhile (503), writing nothing', async () => {
    const bytes = pageBombPdf(30_000);
    const before = await s.editions();
    const { result, statuses, answeredDuring } = await whilePolled(s.server.url, () =>
      Promise.all([s.upload(bytes, 'slow.pdf'), s.upload(bytes, 'slow.pdf')]),
    );
    const [answered, busy] = [...result].sort((a, b) => a.status - b.status);
    expect(answered?.status).toBe(422);
    expect(answered?.body.error?.message).toMatch(/slow\.pdf took longer than 3 s to read; the time limit is 3 s/);
    expect(busy?.status).toBe(503);
    expect(busy?.retryAfter).toBe('30');
    expect(busy?.body.error?.message).toMatch(/try again/i);
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(answeredDuring).toBeGreaterThan(0);
    expect(await s.editions()).toBe(before);
    // The worker was ended and its place freed.
    expect((await s.upload(readFileSync(path.join(FIXTURES, 'edition.docx')), 'edition.docx')).status).toBe(201);
  });
});
