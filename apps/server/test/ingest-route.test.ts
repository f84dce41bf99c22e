import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addUser, syncCatalog } from '@atalaya/api';
import type { Db } from '@atalaya/db';
import { createTestDb } from '@atalaya/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/seeds');
const ORIGIN = 'http://localhost';

describe('POST /api/ingest', () => {
  let handle: Db;
  let app: ReturnType<typeof createApp>;
  const cookies: Record<string, string> = {};

  async function signIn(email: string): Promise<string> {
    const res = await app.request('/trpc/auth.signIn', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ json: { email, password: 'long enough pw' } }),
    });
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    return setCookie.split(';')[0] as string;
  }

  const upload = (form: FormData, cookie?: string, query = '', origin = ORIGIN) =>
    app.request(`/api/ingest${query}`, { method: 'POST', body: form, headers: { ...(cookie ? { cookie } : {}), origin } });
  const fileForm = (bytes: Uint8Array | string, name: string) => {
    const form = new FormData();
    form.append('file', new File([bytes], name));
    return form;
  };
  const editions = async () => Number((await handle.db.selectFrom('editions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    handle = await createTestDb('pglite');
    await syncCatalog(handle.db);
    await addUser(handle.db, { email: 'analyst@example.com', password: 'long enough pw', role: 'analyst' });
    await addUser(handle.db, { email: 'client@example.com', password: 'long enough pw', role: 'client', org: 'acme' });
    app = createApp({ db: handle, webDir: '/nonexistent' });
    cookies['analyst'] = await signIn('analyst@example.com');
    cookies['client'] = await signIn('client@example.com');
  });
  afterAll(() => handle.close());

  it('refuses anonymous users (401), clients (403) and cross-origin posts (403)', async () => {
    const form = fileForm('x', 'a.txt');
    expect((await upload(form)).status).toBe(401);
    expect((await upload(form, cookies['client'])).status).toBe(403);
    expect((await upload(form, cookies['analyst'], '', 'https://evil.example')).status).toBe(403);
  });

  it('stores a seed newsletter as a draft (201), then answers the same document with its id (200)', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(SEEDS, 'security-chatter-2025-03-12.txt')));
    const first = await upload(fileForm(bytes, 'chatter.txt'), cookies['analyst']);
    expect(first.status).toBe(201);
    const created = (await first.json()) as { kind: string; editionId: number; items: number };
    expect(created).toMatchObject({ kind: 'created', items: 6 });
    const second = await upload(fileForm(bytes, 'chatter-copy.txt'), cookies['analyst']);
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual({ kind: 'duplicate', editionId: created.editionId });
  });

  it('previews pasted text with ?dryRun=1 and writes nothing', async () => {
    const before = await editions();
    const form = new FormData();
    form.append('text', readFileSync(path.join(SEEDS, 'security-chatter-2024-12-04.md'), 'utf8'));
    const res = await upload(form, cookies['analyst'], '?dryRun=1');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { preview: { edition: { publishedOn: string }; items: unknown[] } };
    expect(body.preview.edition.publishedOn).toBe('2024-12-04');
    expect(body.preview.items).toHaveLength(7);
    expect(await editions()).toBe(before);
  });

  it('answers bad files with a clear 4xx and writes nothing', async () => {
    const before = await editions();
    const binary = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    const cases: Array<[FormData, number, RegExp]> = [
      [fileForm(new Uint8Array(), 'empty.txt'), 422, /empty/i],
      [fileForm(binary, 'photo.bin'), 422, /not a document|document/i],
      [fileForm('eggs\nmilk\nbread\n', 'list.txt'), 422, /item/i],
      [fileForm(new Uint8Array(21 * 1024 * 1024), 'huge.pdf'), 413, /20 MB/],
      [new FormData(), 400, /choose a file/i],
    ];
    for (const [form, status, message] of cases) {
      const res = await upload(form, cookies['analyst']);
      expect(res.status, String(message)).toBe(status);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
    }
    expect(await editions()).toBe(before);
    // …and the server keeps serving.
    expect((await app.request('/healthz')).status).toBe(200);
  });
});
