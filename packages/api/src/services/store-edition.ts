import { inTransaction, type Database, type Kysely, type SourceFormat, type TagKind, type Transaction } from '@atalaya/db';
import { organizationBySlug, personBySlug, topicBySlug } from '@atalaya/domain';

export interface MetricInput {
  series: string;
  value: number;
  unit: string;
  place: string;
  periodStart: string;
  periodEnd: string;
  dimension?: string | null | undefined;
  text?: string | null | undefined;
  confidence?: 'high' | 'medium' | 'low' | undefined;
  status?: 'proposed' | 'confirmed' | 'rejected' | undefined;
}

export interface TagInput {
  slug: string;
  /** Labels for tags the catalog does not know. */
  label?: string | undefined;
  confidence?: number | undefined;
}

export interface ItemInput {
  kind?: 'summary' | 'article' | undefined;
  headline: string;
  summary: string;
  /** The article's date; the edition's date is used when it is unknown. */
  date: string | null;
  outlet: string | null;
  articleAuthor: string | null;
  originalTitle: string | null;
  url: string | null;
  language: 'en' | 'es';
  places: Array<string | { code: string; confidence?: number | undefined }>;
  topics: Array<string | TagInput>;
  organizations: Array<string | TagInput>;
  people: Array<string | TagInput>;
  metrics: MetricInput[];
  sourceStart?: number | null | undefined;
  sourceEnd?: number | null | undefined;
}

export interface EditionInput {
  title: string;
  publishedOn: string | null;
  author: string | null;
  commentary: string | null;
  items: ItemInput[];
}

export interface StoreOptions {
  status: 'draft' | 'published';
  sourceFormat: SourceFormat;
  sourceName?: string | null | undefined;
  originalText?: string | null | undefined;
  contentHash?: string | null | undefined;
  createdBy?: number | null | undefined;
  /** Whether places and tags were found by the extractor or set by an editor. */
  origin: 'extracted' | 'editor';
}

type Db = Kysely<Database> | Transaction<Database>;

function tagLabels(kind: Exclude<TagKind, 'place'>, slug: string, fallback: string | undefined): { en: string; es: string } {
  if (kind === 'topic') {
    const topic = topicBySlug(slug);
    if (topic) return { en: topic.en, es: topic.es };
  } else if (kind === 'organization') {
    const org = organizationBySlug(slug);
    if (org) return { en: org.name, es: org.name };
  } else {
    const person = personBySlug(slug);
    if (person) return { en: person.name, es: person.name };
  }
  const label = fallback ?? slug;
  return { en: label, es: label };
}

/** Finds or creates tags, returning their ids by slug. */
export async function ensureTags(db: Db, kind: Exclude<TagKind, 'place'>, tags: TagInput[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (tags.length === 0) return ids;
  const unique = [...new Map(tags.map((t) => [t.slug, t])).values()];
  await db
    .insertInto('tags')
    .values(unique.map((t) => {
      const label = tagLabels(kind, t.slug, t.label);
      return { kind, slug: t.slug, label_en: label.en, label_es: label.es };
    }))
    .onConflict((oc) => oc.columns(['kind', 'slug']).doNothing())
    .execute();
  const rows = await db
    .selectFrom('tags')
    .select(['id', 'slug'])
    .where('kind', '=', kind)
    .where('slug', 'in', unique.map((t) => t.slug))
    .execute();
  for (const r of rows) ids.set(r.slug, r.id);
  return ids;
}

const asTag = (t: string | TagInput): TagInput => (typeof t === 'string' ? { slug: t } : t);

/**
 * Stores an edition with its items, places, tags and figures in one transaction (the caller's, when `db` is a
 * transaction); returns the edition id.
 */
export async function storeEdition(db: Kysely<Database>, input: EditionInput, options: StoreOptions): Promise<number> {
  return inTransaction(db, async (trx) => {
    const now = new Date();
    const edition = await trx
      .insertInto('editions')
      .values({
        title: input.title,
        published_on: input.publishedOn,
        author: input.author,
        commentary: input.commentary,
        source_format: options.sourceFormat,
        source_name: options.sourceName ?? null,
        original_text: options.originalText ?? null,
        content_hash: options.contentHash ?? null,
        status: options.status,
        created_by: options.createdBy ?? null,
        published_at: options.status === 'published' ? now : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const kinds = [
      ['topic', (i: ItemInput) => i.topics],
      ['organization', (i: ItemInput) => i.organizations],
      ['person', (i: ItemInput) => i.people],
    ] as const;
    const tagIds = new Map<string, Map<string, number>>();
    for (const [kind, pick] of kinds) {
      tagIds.set(kind, await ensureTags(trx, kind, input.items.flatMap((i) => pick(i).map(asTag))));
    }

    for (const [position, item] of input.items.entries()) {
      const date = item.date ?? input.publishedOn;
      if (!date) throw new Error(`Item ${position + 1} has no date and the edition has no publication date`);
      const { id: itemId } = await trx
        .insertInto('items')
        .values({
          edition_id: edition.id,
          position,
          kind: item.kind ?? 'summary',
          headline: item.headline,
          summary: item.summary,
          item_date: date,
          outlet: item.outlet,
          article_author: item.articleAuthor,
          original_title: item.originalTitle,
          url: item.url,
          language: item.language,
          status: options.status,
          source_start: item.sourceStart ?? null,
          source_end: item.sourceEnd ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();

      const places = [...new Map(item.places.map((p) => (typeof p === 'string' ? { code: p } : p)).map((p) => [p.code, p])).values()];
      if (places.length > 0) {
        await trx
          .insertInto('item_places')
          .values(places.map((p) => ({ item_id: itemId, place: p.code, origin: options.origin, confidence: p.confidence ?? 1 })))
          .execute();
      }
      for (const [kind, pick] of kinds) {
        const ids = tagIds.get(kind) as Map<string, number>;
        const tags = [...new Map(pick(item).map(asTag).map((t) => [t.slug, t])).values()];
        if (tags.length === 0) continue;
        await trx
          .insertInto('item_tags')
          .values(tags.map((t) => ({ item_id: itemId, tag_id: ids.get(t.slug) as number, origin: options.origin, confidence: t.confidence ?? 1 })))
          .execute();
      }
      if (item.metrics.length > 0) {
        await trx
          .insertInto('observations')
          .values(
            item.metrics.map((m) => ({
              series_key: m.series,
              place: m.place,
              period_start: m.periodStart,
              period_end: m.periodEnd,
              value: m.value,
              unit: m.unit,
              dimension: m.dimension ?? null,
              status: m.status ?? 'proposed',
              confidence: m.confidence ?? 'medium',
              item_id: itemId,
              text: m.text ?? null,
              source_label: item.outlet,
              source_url: item.url,
              created_by: options.createdBy ?? null,
            })),
          )
          .execute();
      }
    }
    return edition.id;
  });
}
