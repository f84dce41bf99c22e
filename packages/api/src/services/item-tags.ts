import { sql, type TagKind } from '@atalaya/db';

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

/** A tag as the `tags` column gives it: kind, slug, English and Spanish labels. */
type TagTuple = [kind: TagKind, slug: string, en: string, es: string];

/**
 * An item's places and tags as two more columns of a query over `items`: read by the same statement as
 * the items (two index lookups per item), not by later round trips.
 */
export const itemTagColumns = [
  sql<string[]>`array(select p.place from item_places p where p.item_id = items.id order by p.place)`.as('places'),
  sql<TagTuple[]>`coalesce((select json_agg(json_build_array(g.kind, g.slug, g.label_en, g.label_es) order by g.slug)
    from item_tags t join tags g on g.id = t.tag_id where t.item_id = items.id), '[]')`.as('tags'),
] as const;

/** The places and tags of a row that selected `itemTagColumns`. */
export function toItemTags(row: { places: string[]; tags: TagTuple[] }): ItemTags {
  const result: ItemTags = { places: row.places, topics: [], organizations: [], people: [] };
  for (const [kind, slug, en, es] of row.tags) {
    if (kind === 'place') continue;
    result[KIND_KEY[kind]].push({ slug, label: { en, es } });
  }
  return result;
}
