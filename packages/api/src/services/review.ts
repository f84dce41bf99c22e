import type { Database, Kysely } from '@atalaya/db';
import { sql } from '@atalaya/db';
import type { Context } from '../context.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { audit } from './audit.ts';
import { observationFigure } from './metrics.ts';
import { ensureTags } from './store-edition.ts';

type Ctx = Pick<Context, 'db' | 'user' | 'requestId'>;

export interface ReviewTag {
  slug: string;
  label: string;
  origin: 'extracted' | 'editor';
  confidence: number;
}

export interface ReviewObservation {
  id: number;
  series: string;
  value: number;
  unit: string;
  place: string;
  periodStart: string;
  periodEnd: string;
  dimension: string | null;
  text: string | null;
  confidence: 'high' | 'medium' | 'low';
  status: 'proposed' | 'confirmed' | 'rejected';
}

export interface ReviewItem {
  id: number;
  position: number;
  kind: 'summary' | 'article';
  headline: string;
  summary: string;
  date: string;
  outlet: string | null;
  articleAuthor: string | null;
  originalTitle: string | null;
  url: string | null;
  language: 'en' | 'es';
  status: 'draft' | 'published';
  span: { start: number; end: number } | null;
  places: Array<{ code: string; origin: 'extracted' | 'editor'; confidence: number }>;
  topics: ReviewTag[];
  organizations: ReviewTag[];
  people: ReviewTag[];
  observations: ReviewObservation[];
}

export interface ReviewEdition {
  id: number;
  title: string;
  publishedOn: string | null;
  author: string | null;
  commentary: string | null;
  status: 'draft' | 'published';
  sourceFormat: string;
  sourceName: string | null;
  originalText: string | null;
  createdAt: Date;
  items: ReviewItem[];
}

export interface DraftSummary {
  id: number;
  title: string;
  publishedOn: string | null;
  status: 'draft' | 'published';
  sourceName: string | null;
  itemCount: number;
  proposedMetrics: number;
  createdAt: Date;
}

/** Editions for the review screen, drafts first, newest first. */
export async function listForReview(db: Kysely<Database>): Promise<DraftSummary[]> {
  const rows = await db
    .selectFrom('editions')
    .select((eb) => [
      'editions.id',
      'editions.title',
      'editions.published_on',
      'editions.status',
      'editions.source_name',
      'editions.created_at',
      eb.selectFrom('items').select(sql<number>`count(*)::int`.as('n')).whereRef('items.edition_id', '=', 'editions.id').as('item_count'),
      eb
        .selectFrom('observations')
        .innerJoin('items', 'items.id', 'observations.item_id')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('items.edition_id', '=', 'editions.id')
        .where('observations.status', '=', 'proposed')
        .as('proposed'),
    ])
    .where('editions.source_format', '<>', 'demo')
    .orderBy(sql`case editions.status when 'draft' then 0 else 1 end`)
    .orderBy('editions.created_at', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    publishedOn: r.published_on,
    status: r.status,
    sourceName: r.source_name,
    itemCount: Number(r.item_count ?? 0),
    proposedMetrics: Number(r.proposed ?? 0),
    createdAt: r.created_at,
  }));
}

/** An edition in any state, with everything the review screen shows and edits. */
export async function getForReview(db: Kysely<Database>, id: number): Promise<ReviewEdition> {
  const edition = await db.selectFrom('editions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!edition) throw notFound(`Edition ${id}`);
  const items = await db.selectFrom('items').selectAll().where('edition_id', '=', id).orderBy('position').execute();
  const ids = items.map((i) => i.id);
  const [places, tags, observations] = ids.length
    ? await Promise.all([
        db.selectFrom('item_places').selectAll().where('item_id', 'in', ids).orderBy('place').execute(),
        db
          .selectFrom('item_tags')
          .innerJoin('tags', 'tags.id', 'item_tags.tag_id')
          .select(['item_tags.item_id', 'item_tags.origin', 'item_tags.confidence', 'tags.kind', 'tags.slug', 'tags.label_en'])
          .where('item_tags.item_id', 'in', ids)
          .orderBy('tags.slug')
          .execute(),
        db.selectFrom('observations').selectAll().where('item_id', 'in', ids).orderBy('id').execute(),
      ])
    : [[], [], []];
  return {
    id: edition.id,
    title: edition.title,
    publishedOn: edition.published_on,
    author: edition.author,
    commentary: edition.commentary,
    status: edition.status,
    sourceFormat: edition.source_format,
    sourceName: edition.source_name,
    originalText: edition.original_text,
    createdAt: edition.created_at,
    items: items.map((item) => {
      const tagsOf = (kind: string) =>
        tags
          .filter((t) => t.item_id === item.id && t.kind === kind)
          .map((t) => ({ slug: t.slug, label: t.label_en, origin: t.origin, confidence: t.confidence }));
      return {
        id: item.id,
        position: item.position,
        kind: item.kind,
        headline: item.headline,
        summary: item.summary,
        date: item.item_date,
        outlet: item.outlet,
        articleAuthor: item.article_author,
        originalTitle: item.original_title,
        url: item.url,
        language: item.language,
        status: item.status,
        span: item.source_start !== null && item.source_end !== null ? { start: item.source_start, end: item.source_end } : null,
        places: places.filter((p) => p.item_id === item.id).map((p) => ({ code: p.place, origin: p.origin, confidence: p.confidence })),
        topics: tagsOf('topic'),
        organizations: tagsOf('organization'),
        people: tagsOf('person'),
        observations: observations
          .filter((o) => o.item_id === item.id)
          .map((o) => ({
            id: o.id,
            series: o.series_key,
            ...observationFigure(o),
            text: o.text,
            confidence: o.confidence,
            status: o.status,
          })),
      };
    }),
  };
}

export interface EditionPatch {
  title?: string | undefined;
  publishedOn?: string | null | undefined;
  author?: string | null | undefined;
  commentary?: string | null | undefined;
}

export async function updateEdition(ctx: Ctx, id: number, patch: EditionPatch): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('editions').select(['title', 'published_on', 'author', 'commentary', 'status']).where('id', '=', id).executeTakeFirst();
    if (!before) throw notFound(`Edition ${id}`);
    if (before.status === 'published' && patch.publishedOn === null) throw badRequest('A published edition needs a publication date');
    await trx
      .updateTable('editions')
      .set({
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.publishedOn !== undefined ? { published_on: patch.publishedOn } : {}),
        ...(patch.author !== undefined ? { author: patch.author } : {}),
        ...(patch.commentary !== undefined ? { commentary: patch.commentary } : {}),
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .execute();
    if (patch.publishedOn && patch.publishedOn !== before.published_on) {
      // Items without a date of their own carry the edition's (or, before it had one, the import day's).
      const previous = before.published_on ?? (await trx.selectFrom('editions').select(sql<string>`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD')`.as('d')).where('id', '=', id).executeTakeFirstOrThrow()).d;
      await trx.updateTable('items').set({ item_date: patch.publishedOn }).where('edition_id', '=', id).where('item_date', '=', previous).execute();
    }
    await audit(trx, ctx, { action: 'edition.update', entity: 'edition', entityId: id, before, after: patch });
  });
}

export interface ItemPatch {
  headline?: string | undefined;
  summary?: string | undefined;
  date?: string | undefined;
  outlet?: string | null | undefined;
  articleAuthor?: string | null | undefined;
  originalTitle?: string | null | undefined;
  url?: string | null | undefined;
  language?: 'en' | 'es' | undefined;
  kind?: 'summary' | 'article' | undefined;
}

export async function updateItem(ctx: Ctx, id: number, patch: ItemPatch): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('items')
      .select(['headline', 'summary', 'item_date', 'outlet', 'article_author', 'original_title', 'url', 'language', 'kind'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!before) throw notFound(`Item ${id}`);
    await trx
      .updateTable('items')
      .set({
        ...(patch.headline !== undefined ? { headline: patch.headline } : {}),
        ...(patch.summary !== undefined ? { summary: patch.summary } : {}),
        ...(patch.date !== undefined ? { item_date: patch.date } : {}),
        ...(patch.outlet !== undefined ? { outlet: patch.outlet } : {}),
        ...(patch.articleAuthor !== undefined ? { article_author: patch.articleAuthor } : {}),
        ...(patch.originalTitle !== undefined ? { original_title: patch.originalTitle } : {}),
        ...(patch.url !== undefined ? { url: patch.url } : {}),
        ...(patch.language !== undefined ? { language: patch.language } : {}),
        ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .execute();
    await audit(trx, ctx, { action: 'item.update', entity: 'item', entityId: id, before, after: patch });
  });
}

/** Replaces an item's places; the ones the analyst kept keep their origin, new ones are the editor's. */
export async function setItemPlaces(ctx: Ctx, itemId: number, codes: string[]): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const item = await trx.selectFrom('items').select('id').where('id', '=', itemId).executeTakeFirst();
    if (!item) throw notFound(`Item ${itemId}`);
    const before = (await trx.selectFrom('item_places').select('place').where('item_id', '=', itemId).execute()).map((p) => p.place);
    const wanted = [...new Set(codes)];
    const removed = before.filter((p) => !wanted.includes(p));
    const added = wanted.filter((p) => !before.includes(p));
    if (removed.length) await trx.deleteFrom('item_places').where('item_id', '=', itemId).where('place', 'in', removed).execute();
    if (added.length) await trx.insertInto('item_places').values(added.map((place) => ({ item_id: itemId, place, origin: 'editor' as const, confidence: 1 }))).execute();
    await audit(trx, ctx, { action: 'item.places', entity: 'item', entityId: itemId, before, after: wanted });
  });
}

/** Replaces an item's topics, organizations or people (by slug); unknown organizations and people become new tags. */
export async function setItemTags(
  ctx: Ctx,
  itemId: number,
  kind: 'topic' | 'organization' | 'person',
  tags: Array<{ slug: string; label?: string | undefined }>,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const item = await trx.selectFrom('items').select('id').where('id', '=', itemId).executeTakeFirst();
    if (!item) throw notFound(`Item ${itemId}`);
    const current = await trx
      .selectFrom('item_tags')
      .innerJoin('tags', 'tags.id', 'item_tags.tag_id')
      .select(['tags.id', 'tags.slug'])
      .where('item_tags.item_id', '=', itemId)
      .where('tags.kind', '=', kind)
      .execute();
    const wanted = [...new Map(tags.map((t) => [t.slug, t])).values()];
    const ids = await ensureTags(trx, kind, wanted);
    const removed = current.filter((c) => !ids.has(c.slug)).map((c) => c.id);
    const added = wanted.filter((t) => !current.some((c) => c.slug === t.slug));
    if (removed.length) await trx.deleteFrom('item_tags').where('item_id', '=', itemId).where('tag_id', 'in', removed).execute();
    if (added.length) {
      await trx
        .insertInto('item_tags')
        .values(added.map((t) => ({ item_id: itemId, tag_id: ids.get(t.slug) as number, origin: 'editor' as const, confidence: 1 })))
        .execute();
    }
    await audit(trx, ctx, { action: `item.${kind}s`, entity: 'item', entityId: itemId, before: current.map((c) => c.slug), after: wanted.map((t) => t.slug) });
  });
}

export interface ObservationPatch {
  status?: 'proposed' | 'confirmed' | 'rejected' | undefined;
  value?: number | undefined;
  place?: string | undefined;
  periodStart?: string | undefined;
  periodEnd?: string | undefined;
}

/** Accepts, rejects or corrects a figure proposed by the extractor. */
export async function reviewObservation(ctx: Ctx, id: number, patch: ObservationPatch): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('observations')
      .select(['status', 'value', 'place', 'period_start', 'period_end', 'item_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!before || before.item_id === null) throw notFound(`Figure ${id}`);
    const start = patch.periodStart ?? before.period_start;
    const end = patch.periodEnd ?? before.period_end;
    if (end < start) throw badRequest(`The period ends (${end}) before it starts (${start})`);
    await trx
      .updateTable('observations')
      .set({
        ...(patch.status !== undefined ? { status: patch.status } : {}),
        ...(patch.value !== undefined ? { value: patch.value } : {}),
        ...(patch.place !== undefined ? { place: patch.place } : {}),
        period_start: start,
        period_end: end,
        created_by: ctx.user?.id ?? null,
      })
      .where('id', '=', id)
      .execute();
    await audit(trx, ctx, { action: 'observation.review', entity: 'observation', entityId: id, before, after: patch });
  });
}

/** Removes an item the segmenter got wrong (drafts only). */
export async function deleteDraftItem(ctx: Ctx, itemId: number): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const item = await trx.selectFrom('items').select(['id', 'status', 'headline', 'edition_id']).where('id', '=', itemId).executeTakeFirst();
    if (!item) throw notFound(`Item ${itemId}`);
    if (item.status === 'published') throw conflict('A published item cannot be deleted from the review screen');
    await trx.deleteFrom('items').where('id', '=', itemId).execute();
    await audit(trx, ctx, { action: 'item.delete', entity: 'item', entityId: itemId, before: item });
  });
}

/** Publishes an edition and all its items; figures still proposed stay hidden until confirmed. */
export async function publishEdition(ctx: Ctx, id: number): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const edition = await trx.selectFrom('editions').select(['id', 'status', 'published_on', 'title']).where('id', '=', id).executeTakeFirst();
    if (!edition) throw notFound(`Edition ${id}`);
    if (edition.status === 'published') throw conflict(`“${edition.title}” is already published`);
    if (!edition.published_on) throw badRequest('Set the publication date before publishing');
    const items = await trx.selectFrom('items').select(sql<number>`count(*)::int`.as('n')).where('edition_id', '=', id).executeTakeFirstOrThrow();
    if (items.n === 0) throw badRequest('The edition has no items to publish');
    await trx.updateTable('editions').set({ status: 'published', published_at: sql`now()`, updated_at: sql`now()` }).where('id', '=', id).execute();
    await trx.updateTable('items').set({ status: 'published', updated_at: sql`now()` }).where('edition_id', '=', id).execute();
    await audit(trx, ctx, { action: 'edition.publish', entity: 'edition', entityId: id, before: { status: 'draft' }, after: { status: 'published' } });
  });
}

/** Deletes a draft edition (a wrong upload). */
export async function deleteDraftEdition(ctx: Ctx, id: number): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const edition = await trx.selectFrom('editions').select(['id', 'status', 'title']).where('id', '=', id).executeTakeFirst();
    if (!edition) throw notFound(`Edition ${id}`);
    if (edition.status === 'published') throw conflict('A published edition cannot be deleted here');
    await trx.deleteFrom('editions').where('id', '=', id).execute();
    await audit(trx, ctx, { action: 'edition.delete', entity: 'edition', entityId: id, before: edition });
  });
}
