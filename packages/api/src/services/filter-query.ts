import type { Database, Kysely } from '@atalaya/db';
import { sql } from '@atalaya/db';
import type { Filter } from '@atalaya/domain';
import type { RawBuilder, SelectQueryBuilder } from 'kysely';

type ItemsQuery<O> = SelectQueryBuilder<Database, 'items', O>;

/**
 * The full-text match used everywhere, on item_search (alias `f`): English or Spanish stemming, web-search
 * syntax ("quotes", -not, or). The search text is a value, or an expression such as a column of a joined list.
 */
export function textMatch(q: string | RawBuilder<string>) {
  return sql<boolean>`(f.search @@ websearch_to_tsquery('english', ${q}) or f.search @@ websearch_to_tsquery('spanish', ${q}))`;
}

/** The item has a tag of this kind with one of these slugs. */
function hasTag(kind: 'topic' | 'organization', slugs: readonly string[]) {
  return sql<boolean>`exists (select 1 from item_tags ft join tags fg on fg.id = ft.tag_id
    where ft.item_id = items.id and fg.kind = ${kind} and fg.slug in (${sql.join(slugs)}))`;
}

/** Restricts an items query to published items that match every part of the filter. */
export function applyFilter<O>(query: ItemsQuery<O>, filter: Filter): ItemsQuery<O> {
  let q = query.where('items.status', '=', 'published');
  if (filter.from) q = q.where('items.item_date', '>=', filter.from);
  if (filter.to) q = q.where('items.item_date', '<=', filter.to);
  if (filter.states.length > 0) {
    q = q.where(sql<boolean>`exists (select 1 from item_places fp where fp.item_id = items.id and fp.place in (${sql.join(filter.states)}))`);
  }
  if (filter.topics.length > 0) q = q.where(hasTag('topic', filter.topics));
  if (filter.orgs.length > 0) q = q.where(hasTag('organization', filter.orgs));
  const text = filter.q;
  if (text) q = q.where('items.id', 'in', (eb) => eb.selectFrom('item_search as f').select('f.item_id').where(textMatch(text)));
  return q;
}

export function filteredItems(db: Kysely<Database>, filter: Filter) {
  return applyFilter(db.selectFrom('items'), filter);
}

/**
 * The same items as `filteredItems`, as rows of item_facets (alias `f`): a narrow copy of each item's
 * date, status, Mexican places, topics and organizations kept by triggers, so counting and joining never
 * read the wide items rows. With search text, as rows of item_search: the same columns and the search
 * vector, matched and counted without a join. Filter states are Mexican places, so `places` (which holds
 * only those) answers them as item_places would.
 */
export function filteredFacets(db: Kysely<Database>, filter: Filter) {
  // item_search has every column of item_facets: queries built for one run on the other.
  const table = (filter.q ? 'item_search as f' : 'item_facets as f') as 'item_facets as f';
  let q = db.selectFrom(table).where('f.published', '=', true);
  if (filter.from) q = q.where('f.item_date', '>=', filter.from);
  if (filter.to) q = q.where('f.item_date', '<=', filter.to);
  if (filter.states.length > 0) q = q.where(sql<boolean>`f.places && ${[...filter.states]}::text[]`);
  if (filter.topics.length > 0) q = q.where(sql<boolean>`f.topics && ${[...filter.topics]}::text[]`);
  if (filter.orgs.length > 0) q = q.where(sql<boolean>`f.organizations && ${[...filter.orgs]}::text[]`);
  if (filter.q) q = q.where(textMatch(filter.q));
  return q;
}
