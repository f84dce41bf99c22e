import type { Db } from '@atalaya/db';
import { createTestDb, testBackends } from '@atalaya/db/testing';
import { cleanText, NUL_MESSAGE, type Filter } from '@atalaya/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context.ts';
import { loadDemo } from '../src/demo/load.ts';
import { createCaller } from '../src/root.ts';
import { tableCounts, testContext } from './helpers.ts';

/**
 * SQL-injection attempts and strings that trip up LIKE patterns, tsquery parsers, JSON, HTML and
 * terminals. Whatever the field, the answer is data, nothing, or a clean BAD_REQUEST: never a server
 * error, and nothing written where nothing should be.
 */
const ODD: Array<[label: string, text: string]> = [
  ['quote or', "' OR 1=1 --"],
  ['drop table', "'; DROP TABLE items; --"],
  ['drop table in double quotes', '"; DROP TABLE users; --'],
  ['backslash', '\\'],
  ['backslashed quote', "\\'"],
  ['percent', '%'],
  ['underscore', '_'],
  ['unclosed double quote', '"unclosed'],
  ['dash', '-'],
  ['ampersands', '&&'],
  ['bangs', '!!'],
  ['tsquery operators', 'a & | ! <-> b:* (c'],
  ['lone parenthesis', '('],
  ['colon star', ':*'],
  ['or alone', 'or'],
  ['script tag', '<script>alert(1)</script>'],
  ['200 characters', 'ab%_\\\' '.repeat(25)],
  ['emoji', '🇲🇽 cártel 🔥😀 ñandú'],
  ['control characters', 'a\u0001b\u0007c\u001b[31md\u007fe\u0085f\u2028g\u200bh\ufeffi'],
  ['lone surrogate', 'x\ud800y'],
  ['json-ish', '{"$where":"1==1"}'],
  ['semicolon commit', '; COMMIT; SELECT pg_sleep(5); --'],
];

// One character over the search box's limit: refused as BAD_REQUEST, not passed to the database.
const TOO_LONG = 'x'.repeat(201);

type Caller = ReturnType<typeof createCaller>;
type Outcome<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

/** The call's result, or its error code when it is a clean BAD_REQUEST; anything else fails the test. */
async function attempt<T>(call: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST') return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

/** Every table tableCounts knows, plus the account tables the calls below write to. */
async function counts(db: Db['db']): Promise<Record<string, number>> {
  const all = await tableCounts(db);
  for (const table of ['saved_views', 'sites', 'share_links', 'sessions'] as const) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    all[table] = Number(row.n);
  }
  return all;
}

// Stored as given, but cleaned (invisible and direction-changing characters out, a lone surrogate as U+FFFD) and trimmed.
const storedAs = (text: string) => cleanText(text).trim();
const withQ = (q: string): Filter => ({ states: [], topics: [], orgs: [], q });

describe.each(testBackends())('odd and hostile strings on %s', (kind) => {
  let handle: Db;
  const users: Partial<Record<SessionUser['role'], SessionUser>> = {};
  let initial: Record<string, number>;
  let publishedItems: number;

  beforeAll(async () => {
    handle = await createTestDb(kind);
    await loadDemo(handle.db);
    const rows = await handle.db.selectFrom('users').select(['id', 'email', 'name', 'role', 'org_id']).orderBy('id').execute();
    for (const r of rows) users[r.role] ??= { id: r.id, email: r.email, name: r.name, role: r.role, orgId: r.org_id };
    initial = await counts(handle.db);
    const published = await handle.db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'published').executeTakeFirstOrThrow();
    publishedItems = Number(published.n);
  });
  afterAll(() => handle?.close());

  function as(role: SessionUser['role']): Caller {
    const user = users[role];
    if (!user) throw new Error(`The demo has no ${role}`);
    return createCaller(testContext(handle, user));
  }

  describe('as the search text of every filtered read', () => {
    for (const [label, q] of ODD) {
      it(label, async () => {
        const before = await counts(handle.db);
        for (const role of ['client', 'analyst'] as const) {
          const caller = as(role);
          const list = await attempt(() => caller.items.list({ filter: withQ(q), limit: 200 }));
          expect(list.ok, `items.list as ${role}`).toBe(true);
          if (list.ok) expect(list.value.items.length).toBeLessThanOrEqual(publishedItems);
          expect((await attempt(() => caller.dashboard.get({ filter: withQ(q) }))).ok, `dashboard.get as ${role}`).toBe(true);
          expect((await attempt(() => caller.dashboard.topicVolume({ filter: withQ(q) }))).ok, `dashboard.topicVolume as ${role}`).toBe(true);
          for (const tagKind of ['topic', 'organization', 'person'] as const) {
            expect((await attempt(() => caller.tags.counts({ kind: tagKind, filter: withQ(q) }))).ok, `tags.counts ${tagKind} as ${role}`).toBe(true);
          }
          expect((await attempt(() => caller.timeline.density({ filter: withQ(q) }))).ok, `timeline.density as ${role}`).toBe(true);
          expect((await attempt(() => caller.states.profile({ code: 'MX-SIN', filter: withQ(q) }))).ok, `states.profile as ${role}`).toBe(true);
        }
        expect(await counts(handle.db)).toEqual(before);
      });
    }

    it('a search over the limit is a clean BAD_REQUEST on every read', async () => {
      const caller = as('analyst');
      const calls: Array<() => Promise<unknown>> = [
        () => caller.items.list({ filter: withQ(TOO_LONG) }),
        () => caller.dashboard.get({ filter: withQ(TOO_LONG) }),
        () => caller.tags.counts({ kind: 'topic', filter: withQ(TOO_LONG) }),
        () => caller.timeline.density({ filter: withQ(TOO_LONG) }),
      ];
      for (const call of calls) {
        const outcome = await attempt(call);
        expect(outcome).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: expect.stringContaining('200 characters') });
      }
    });

    it('a plain-word search still finds items, so the filter is applied and not ignored', async () => {
      const caller = as('analyst');
      const all = await caller.items.list({ filter: withQ('tariffs'), limit: 200 });
      expect(all.items.length).toBeGreaterThan(0);
      expect(all.items.length).toBeLessThan(publishedItems);
      // A quote in the middle of the words is data, not the end of a string literal.
      const quoted = await caller.items.list({ filter: withQ("tariffs' OR 'x'='x"), limit: 200 });
      expect(quoted.items.length).toBeLessThanOrEqual(all.items.length);
    });
  });

  describe('as the text of an edited item', () => {
    let itemId: number;
    beforeAll(async () => {
      const item = await handle.db.selectFrom('items').select('id').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
      itemId = item.id;
    });

    for (const [label, text] of ODD) {
      it(label, async () => {
        const before = await counts(handle.db);
        const caller = as('analyst');
        const outcome = await attempt(() =>
          caller.review.updateItem({ id: itemId, headline: text, summary: text, outlet: text, articleAuthor: text, originalTitle: text }),
        );
        expect(outcome.ok, outcome.ok ? '' : outcome.message).toBe(true);
        const row = await handle.db
          .selectFrom('items')
          .select(['headline', 'summary', 'outlet', 'article_author', 'original_title'])
          .where('id', '=', itemId)
          .executeTakeFirstOrThrow();
        const stored = storedAs(text);
        expect(row).toEqual({ headline: stored, summary: stored, outlet: stored, article_author: stored, original_title: stored });
        // Read back through the API as a reader would.
        const read = await as('client').items.byId({ id: itemId });
        expect(read).toMatchObject({ headline: stored, summary: stored });
        // One audit entry and nothing else.
        expect(await counts(handle.db)).toEqual({ ...before, audit_log: (before['audit_log'] ?? 0) + 1 });
      });
    }

    it('an over-long headline and a javascript: link are clean BAD_REQUESTs that write nothing', async () => {
      const before = await counts(handle.db);
      const caller = as('analyst');
      expect(await attempt(() => caller.review.updateItem({ id: itemId, headline: 'x'.repeat(501) }))).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
      expect(await attempt(() => caller.review.updateItem({ id: itemId, url: 'javascript:alert(1)' }))).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
      expect(await attempt(() => caller.review.updateItem({ id: itemId, headline: ' \t\n ' }))).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
      expect(await counts(handle.db)).toEqual(before);
    });
  });

  describe('as the name of a saved view', () => {
    for (const [label, name] of ODD) {
      it(label, async () => {
        const before = await counts(handle.db);
        const caller = as('client');
        const outcome = await attempt(() => caller.views.create({ name, filter: withQ(name) }));
        const stored = storedAs(name);
        if (name.trim().length > 120) {
          expect(outcome).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
          expect(await counts(handle.db)).toEqual(before);
          return;
        }
        expect(outcome.ok, outcome.ok ? '' : outcome.message).toBe(true);
        const views = await caller.views.list();
        expect(views.map((v) => v.name)).toContain(stored);
        expect(await counts(handle.db)).toEqual({ ...before, saved_views: (before['saved_views'] ?? 0) + 1, audit_log: (before['audit_log'] ?? 0) + 1 });
      });
    }
  });

  describe('as the name of a client site', () => {
    for (const [label, name] of ODD) {
      it(label, async () => {
        const before = await counts(handle.db);
        const client = users.client as SessionUser;
        for (const role of ['admin', 'account_manager'] as const) {
          const caller = as(role);
          const outcome = await attempt(() => caller.admin.saveSite({ orgId: client.orgId, name, state: 'MX-SIN', lat: null, lon: null, type: null }));
          expect(outcome.ok, outcome.ok ? '' : outcome.message).toBe(true);
        }
        const stored = storedAs(name);
        const sites = await as('client').admin.sites({ orgId: client.orgId });
        expect(sites.filter((s) => s.name === stored)).toHaveLength(2);
        expect(await counts(handle.db)).toEqual({ ...before, sites: (before['sites'] ?? 0) + 2, audit_log: (before['audit_log'] ?? 0) + 2 });
      });
    }
  });

  describe('as the action prefix of the audit log', () => {
    for (const [label, action] of ODD) {
      it(label, async () => {
        const before = await counts(handle.db);
        const outcome = await attempt(() => as('admin').admin.audit({ action, limit: 500 }));
        if (action.length > 60) {
          expect(outcome).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
        } else {
          expect(outcome.ok, outcome.ok ? '' : outcome.message).toBe(true);
          // LIKE wildcards are literal: every entry starts with exactly the text given.
          if (outcome.ok) for (const entry of outcome.value.entries) expect(entry.action.startsWith(action)).toBe(true);
        }
        expect(await counts(handle.db)).toEqual(before);
      });
    }

    it('a real prefix still finds entries', async () => {
      const { entries } = await as('admin').admin.audit({ action: 'item.', limit: 500 });
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.every((e) => e.action.startsWith('item.'))).toBe(true);
    });
  });

  describe('with a NUL character, an impossible date or an id no row can have', () => {
    it('every read answers a clean BAD_REQUEST naming the problem, before any query', async () => {
      const caller = as('client');
      const refused: Array<[() => Promise<unknown>, RegExp | string]> = [
        [() => caller.items.list({ filter: withQ('cartel\0') }), NUL_MESSAGE],
        [() => caller.dashboard.get({ filter: withQ('\0') }), NUL_MESSAGE],
        [() => caller.timeline.density({ filter: withQ('a\0b') }), NUL_MESSAGE],
        [() => caller.items.list({ filter: { ...withQ('x'), q: undefined, from: '0000-01-01' } }), /"0000-01-01" is out of range/],
        [() => caller.dashboard.get({ filter: { states: [], topics: [], orgs: [], to: '2026-02-30' } }), /Invalid date "2026-02-30"/],
        [() => caller.metrics.series({ series: 'homicide_rate', from: '1899-12-31' }), /out of range/],
        [() => caller.items.list({ filter: withQ('x'), cursor: '2026-02-30_5' }), /Invalid cursor "2026-02-30_5"/],
        [() => caller.items.list({ filter: withQ('x'), cursor: '0000-01-01_5' }), /Invalid cursor/],
        [() => caller.items.list({ filter: withQ('x'), cursor: '2026-01-30_9999999999' }), /Invalid cursor/],
        [() => caller.items.byId({ id: 2 ** 31 }), /too large/],
        [() => caller.editions.byId({ id: 2 ** 40 }), /too large/],
      ];
      for (const [call, message] of refused) {
        const named = typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message);
        expect(await attempt(call)).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: named });
      }
    });

    it('every write answers a clean BAD_REQUEST and writes nothing', async () => {
      const before = await counts(handle.db);
      const item = await handle.db.selectFrom('items').select('id').orderBy('id').executeTakeFirstOrThrow();
      const client = users.client as SessionUser;
      const writes: Array<() => Promise<unknown>> = [
        () => as('client').views.create({ name: 'North\0', filter: withQ('x') }),
        () => as('client').views.create({ name: 'North', filter: withQ('x\0') }),
        () => as('client').views.create({ name: 'North', filter: { states: [], topics: [], orgs: [], from: '0000-01-01' } }),
        () => as('analyst').review.updateItem({ id: item.id, headline: 'Head\0line' }),
        () => as('analyst').review.updateItem({ id: item.id, summary: '\0' }),
        () => as('analyst').review.updateItem({ id: item.id, date: '2026-02-30' }),
        () => as('analyst').review.updateItem({ id: item.id, date: '0000-01-01' }),
        () => as('analyst').review.updateItem({ id: 2 ** 31, headline: 'x' }),
        () => as('admin').admin.saveSite({ orgId: client.orgId, name: 'Plant\0', state: 'MX-SIN', lat: null, lon: null, type: null }),
        () => as('admin').admin.audit({ action: 'item.\0', limit: 10 }),
      ];
      for (const write of writes) expect(await attempt(write)).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
      expect(await counts(handle.db)).toEqual(before);
    });

    it('signing in with a NUL in the email is a clean BAD_REQUEST too', async () => {
      const anonymous = createCaller(testContext(handle, null));
      expect(await attempt(() => anonymous.auth.signIn({ email: 'client@atalaya.demo\0', password: 'whatever-password' }))).toMatchObject({
        ok: false,
        code: 'BAD_REQUEST',
        message: expect.stringContaining(NUL_MESSAGE),
      });
    });
  });

  describe('with direction overrides and invisible characters', () => {
    it('stores and shows a headline as it reads, not as an override would display it', async () => {
      const item = await handle.db.selectFrom('items').select('id').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
      await as('analyst').review.updateItem({ id: item.id, headline: 'Leaked file: invoice-\u202Efdp.exe', summary: 'Open\u200B it\u2066 now\u2069.' });
      expect(await as('client').items.byId({ id: item.id })).toMatchObject({ headline: 'Leaked file: invoice-fdp.exe', summary: 'Open it now.' });
      const row = await handle.db.selectFrom('items').select(['headline', 'summary']).where('id', '=', item.id).executeTakeFirstOrThrow();
      expect(row).toEqual({ headline: 'Leaked file: invoice-fdp.exe', summary: 'Open it now.' });
    });

    it('stores a view name and search text without them', async () => {
      const caller = as('client');
      const view = await caller.views.create({ name: 'Norte\u202E \u200Bcorridor\uFEFF', filter: withQ('\u200Bcartel\u2067') });
      expect((await caller.views.list()).find((v) => v.id === view.id)).toMatchObject({ name: 'Norte corridor', filter: { q: 'cartel' } });
      await caller.views.rename({ id: view.id, name: 'Sur\u200D\u2068este\u2069' });
      expect((await caller.views.list()).find((v) => v.id === view.id)).toMatchObject({ name: 'Sureste', filter: { q: 'cartel' } });
      const stored = await handle.db.selectFrom('saved_views').select(['name', 'filter']).where('id', '=', view.id).executeTakeFirstOrThrow();
      expect(stored.name).toBe('Sureste');
      expect(JSON.stringify(stored.filter)).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
    });
  });

  it('leaves every table in place, with only the expected writes', async () => {
    const after = await counts(handle.db);
    expect(after['items']).toBe(initial['items']);
    expect(after['editions']).toBe(initial['editions']);
    expect(after['users']).toBe(initial['users']);
    expect(after['orgs']).toBe(initial['orgs']);
    expect(after['item_tags']).toBe(initial['item_tags']);
    expect(after['item_places']).toBe(initial['item_places']);
    expect(after['observations']).toBe(initial['observations']);
    expect(after['tags']).toBe(initial['tags']);
    const published = await handle.db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'published').executeTakeFirstOrThrow();
    expect(Number(published.n)).toBe(publishedItems);
  });
});
