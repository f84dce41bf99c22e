import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '@atalaya/db';
import { createTestDb, testBackends } from '@atalaya/db/testing';
import { EMPTY_FILTER } from '@atalaya/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context.ts';
import { createCaller } from '../src/root.ts';
import { syncCatalog } from '../src/services/catalog.ts';
import { importDocument } from '../src/services/ingest.ts';
import { addUser } from '../src/services/users.ts';
import { tableCounts, testContext } from './helpers.ts';

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/seeds');
const seed = (name: string) => ({ bytes: new Uint8Array(readFileSync(path.join(SEEDS, name))), filename: name });

describe.each(testBackends())('import and review on %s', (kind) => {
  let handle: Db;
  let analyst: SessionUser;
  let client: SessionUser;
  beforeAll(async () => {
    handle = await createTestDb(kind);
    await syncCatalog(handle.db);
    const a = await addUser(handle.db, { email: 'analyst@example.com', password: 'long enough pw', role: 'analyst' });
    const c = await addUser(handle.db, { email: 'client@example.com', password: 'long enough pw', role: 'client', org: 'acme' });
    analyst = { id: a.id, email: a.email, name: 'A', role: 'analyst', orgId: a.orgId };
    client = { id: c.id, email: c.email, name: 'C', role: 'client', orgId: c.orgId };
  });
  afterAll(() => handle.close());

  const as = (user: SessionUser | null) => createCaller(testContext(handle, user));
  const ctx = () => ({ db: handle.db, user: analyst, requestId: 'test' });

  it('stores a newsletter as a hidden draft, and the same document again changes nothing', async () => {
    const first = await importDocument(ctx(), seed('security-chatter-2025-03-12.txt'));
    expect(first).toMatchObject({ kind: 'created', items: 6 });
    const counts = await tableCounts(handle.db);
    const again = await importDocument(ctx(), seed('security-chatter-2025-03-12.txt'));
    expect(again).toEqual({ kind: 'duplicate', editionId: first.editionId });
    expect(await tableCounts(handle.db)).toEqual(counts);
    // Drafts never reach readers.
    expect((await as(client).items.list({ filter: EMPTY_FILTER })).items).toEqual([]);
    await expect(as(client).editions.byId({ id: first.editionId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a document with no recognisable item and writes nothing', async () => {
    const before = await tableCounts(handle.db);
    const shopping = { bytes: new TextEncoder().encode('eggs\nmilk\nbread\n'), filename: 'list.txt' };
    await expect(importDocument(ctx(), shopping)).rejects.toMatchObject({ code: 'UNPROCESSABLE_CONTENT' });
    const empty = { bytes: new Uint8Array(), filename: 'empty.txt' };
    await expect(importDocument(ctx(), empty)).rejects.toMatchObject({ code: 'UNPROCESSABLE_CONTENT', message: expect.stringMatching(/empty/i) });
    expect(await tableCounts(handle.db)).toEqual(before);
  });

  it('lets an analyst correct, tag, decide figures and publish; only then do clients see it', async () => {
    const { editionId } = await importDocument(ctx(), seed('security-chatter-2024-12-04.md'));
    const review = as(analyst).review;
    const draft = await review.get({ id: editionId });
    expect(draft.status).toBe('draft');
    expect(draft.items).toHaveLength(7);
    expect(draft.originalText).toContain('Security Chatter');
    const [first] = draft.items;
    if (!first?.span) throw new Error('the first item has no span');
    expect(draft.originalText?.slice(first.span.start, first.span.end)).toContain(first.headline.slice(0, 20));

    await review.updateItem({ id: first.id, headline: 'Security strategy hits most cartels, says SSPC', url: 'https://www.milenio.com/x' });
    await review.setPlaces({ itemId: first.id, places: ['MX-SIN', 'MX'] });
    await review.setOrganizations({ itemId: first.id, organizations: [{ slug: 'cjng' }, { slug: 'nueva-banda', label: 'Nueva Banda' }] });
    const figures = draft.items.flatMap((i) => i.observations);
    const pills = figures.find((o) => o.series === 'fentanyl_pills_seized');
    const meth = figures.find((o) => o.series === 'drug_seizure_kg' && o.dimension === 'methamphetamine');
    expect(pills?.value).toBe(390740);
    expect(meth?.value).toBe(290);
    await review.reviewObservation({ id: pills?.id as number, status: 'confirmed' });
    await review.reviewObservation({ id: meth?.id as number, status: 'rejected' });
    await expect(review.reviewObservation({ id: meth?.id as number, periodStart: '2025-01-02', periodEnd: '2025-01-01' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    const edited = await review.get({ id: editionId });
    const item = edited.items.find((i) => i.id === first.id);
    expect(item).toMatchObject({ headline: 'Security strategy hits most cartels, says SSPC', url: 'https://www.milenio.com/x' });
    expect(item?.places.map((p) => p.code).sort()).toEqual(['MX', 'MX-SIN']);
    expect(item?.organizations.map((o) => o.slug).sort()).toEqual(['cjng', 'nueva-banda']);

    await review.publish({ id: editionId });
    await expect(review.publish({ id: editionId })).rejects.toMatchObject({ code: 'CONFLICT' });
    const page = await as(client).items.list({ filter: { ...EMPTY_FILTER, states: ['MX-SIN'] } });
    expect(page.items.map((i) => i.headline)).toContain('Security strategy hits most cartels, says SSPC');
    const shown = await as(client).items.byId({ id: first.id });
    expect(shown.observations.map((o) => o.series)).toEqual(['fentanyl_pills_seized']);

    const log = await handle.db.selectFrom('audit_log').select(['action', 'actor_id']).execute();
    expect(log.map((l) => l.action)).toEqual(expect.arrayContaining(['edition.import', 'item.update', 'item.places', 'observation.review', 'edition.publish']));
    expect(log.every((l) => l.actor_id === analyst.id)).toBe(true);
  });

  it('keeps the review screen to analysts', async () => {
    await expect(as(null).review.list()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(as(client).review.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(client).review.publish({ id: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(Array.isArray(await as(analyst).review.list())).toBe(true);
  });

  it('rejects bad edits with a readable message and changes nothing', async () => {
    const { editionId } = await importDocument(ctx(), seed('column-2026-01-prisoner-transfers.txt'));
    const draft = await as(analyst).review.get({ id: editionId });
    const id = draft.items[0]?.id as number;
    const before = await tableCounts(handle.db);
    await expect(as(analyst).review.updateItem({ id, headline: '   ' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('headline') });
    await expect(as(analyst).review.updateItem({ id, url: 'javascript:alert(1)' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('http') });
    await expect(as(analyst).review.setPlaces({ itemId: id, places: ['MX-XXX'] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(as(analyst).review.setTopics({ itemId: id, topics: ['made-up' as 'prisons'] })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('made-up') });
    // The column states no date: publishing waits for one.
    await expect(as(analyst).review.publish({ id: editionId })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('publication date') });
    expect(await tableCounts(handle.db)).toEqual(before);

    await as(analyst).review.updateEdition({ id: editionId, publishedOn: '2026-01-22' });
    expect((await as(analyst).review.get({ id: editionId })).items[0]?.date).toBe('2026-01-22');
    await as(analyst).review.publish({ id: editionId });
    expect((await as(client).items.byId({ id })).date).toBe('2026-01-22');
  });
});
