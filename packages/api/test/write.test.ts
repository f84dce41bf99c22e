import { createTestDb, testBackends } from '@atalaya/db/testing';
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load.ts';
import { syncCatalog } from '../src/services/catalog.ts';
import { storeEdition } from '../src/services/store-edition.ts';
import { addUser, verifyPassword } from '../src/services/users.ts';
import { tableCounts } from './helpers.ts';

describe.each(testBackends())('writes on %s', (kind) => {
  it('loads the demo once: a second load changes nothing', async () => {
    const handle = await createTestDb(kind);
    try {
      const first = await loadDemo(handle.db);
      expect(first.loaded).toBe(true);
      const counts = await tableCounts(handle.db);
      expect(counts['items']).toBeGreaterThanOrEqual(30);
      expect((await loadDemo(handle.db)).loaded).toBe(false);
      expect(await tableCounts(handle.db)).toEqual(counts);
    } finally {
      await handle.close();
    }
  });

  it('stores an edition atomically: a bad item rolls the whole edition back', async () => {
    const handle = await createTestDb(kind);
    try {
      await syncCatalog(handle.db);
      const before = await tableCounts(handle.db);
      const item = {
        headline: 'A fine headline',
        summary: 'Body',
        date: '2025-01-02',
        outlet: 'Milenio',
        articleAuthor: null,
        originalTitle: null,
        url: null,
        language: 'en' as const,
        places: ['MX-SIN'],
        topics: ['homicides-violence'],
        organizations: [],
        people: [],
        metrics: [],
      };
      await expect(
        storeEdition(
          handle.db,
          { title: 'Broken', publishedOn: '2025-01-03', author: null, commentary: null, items: [item, { ...item, places: ['MX-NOPE'] }] },
          { status: 'draft', sourceFormat: 'text', origin: 'extracted' },
        ),
      ).rejects.toThrow();
      expect(await tableCounts(handle.db)).toEqual(before);
    } finally {
      await handle.close();
    }
  });

  it('adds users with an argon2id hash and refuses duplicates and bad roles', async () => {
    const handle = await createTestDb(kind);
    try {
      const user = await addUser(handle.db, { email: 'Ana@Example.com', password: 'correct horse battery', role: 'analyst' });
      expect(user.email).toBe('ana@example.com');
      const row = await handle.db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(row.password_hash as string, 'correct horse battery')).toBe(true);
      await expect(addUser(handle.db, { email: 'ana@example.com', password: 'another password', role: 'client' })).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(addUser(handle.db, { email: 'bo@example.com', password: 'long enough pw', role: 'root' as 'admin' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('role') });
      await expect(addUser(handle.db, { email: 'not-an-email', password: 'long enough pw', role: 'client' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    } finally {
      await handle.close();
    }
  });
});
