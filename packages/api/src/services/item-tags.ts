import type { Database, Kysely, TagKind } from '@atalaya/db';

export interface TagRef {
  slug: string;
  label: { en: string; es: string };
}

export interface ItemTags {
  places: string[];
  topics: TagRef[];
  organizations: TagRef[];
  people: TagRef[];
}

const KIND_KEY: Record<Exclude<TagKind, 'place'>, keyof Omit<ItemTags, 'places'>> = {
  topic: 'topics',
  organization: 'organizations',
  person: 'people',
};

/** Places and tags of many items in two queries, keyed by item id. */
export async function loadItemTags(db: Kysely<Database>, itemIds: readonly number[]): Promise<Map<number, ItemTags>> {
  const result = new Map<number, ItemTags>();
  for (const id of itemIds) result.set(id, { places: [], topics: [], organizations: [], people: [] });
  if (itemIds.length === 0) return result;
  const [places, tags] = await Promise.all([
    db
      .selectFrom('item_places')
      .select(['item_id', 'place'])
      .where('item_id', 'in', itemIds)
      .orderBy('item_id')
      .orderBy('place')
      .execute(),
    db
      .selectFrom('item_tags')
      .innerJoin('tags', 'tags.id', 'item_tags.tag_id')
      .select(['item_tags.item_id', 'tags.kind', 'tags.slug', 'tags.label_en', 'tags.label_es'])
      .where('item_tags.item_id', 'in', itemIds)
      .orderBy('item_tags.item_id')
      .orderBy('tags.slug')
      .execute(),
  ]);
  for (const p of places) result.get(p.item_id)?.places.push(p.place);
  for (const t of tags) {
    if (t.kind === 'place') continue;
    result.get(t.item_id)?.[KIND_KEY[t.kind]].push({ slug: t.slug, label: { en: t.label_en, es: t.label_es } });
  }
  return result;
}
