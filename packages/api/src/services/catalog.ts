import type { Database, Kysely } from '@atalaya/db';
import { ORGANIZATIONS, PEOPLE, SERIES, TOPICS } from '@atalaya/domain';

/** Writes the code catalogs (series, topics, known organizations and people) into the database; idempotent. */
export async function syncCatalog(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('metric_series')
      .values(
        SERIES.map((s) => ({
          key: s.key,
          unit: s.unit,
          label_en: s.label.en,
          label_es: s.label.es,
          aggregation: s.aggregation,
          source_kind: s.sourceKind,
          family: s.family,
          source: s.source,
          dimension: s.dimension ?? null,
        })),
      )
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          unit: eb.ref('excluded.unit'),
          label_en: eb.ref('excluded.label_en'),
          label_es: eb.ref('excluded.label_es'),
          aggregation: eb.ref('excluded.aggregation'),
          source_kind: eb.ref('excluded.source_kind'),
          family: eb.ref('excluded.family'),
          source: eb.ref('excluded.source'),
          dimension: eb.ref('excluded.dimension'),
        })),
      )
      .execute();
    const tags = [
      ...TOPICS.map((t) => ({ kind: 'topic' as const, slug: t.slug, label_en: t.en, label_es: t.es })),
      ...ORGANIZATIONS.map((o) => ({ kind: 'organization' as const, slug: o.slug, label_en: o.name, label_es: o.name })),
      ...PEOPLE.map((p) => ({ kind: 'person' as const, slug: p.slug, label_en: p.name, label_es: p.name })),
    ];
    await trx
      .insertInto('tags')
      .values(tags)
      .onConflict((oc) =>
        oc.columns(['kind', 'slug']).doUpdateSet((eb) => ({ label_en: eb.ref('excluded.label_en'), label_es: eb.ref('excluded.label_es') })),
      )
      .execute();
  });
}
