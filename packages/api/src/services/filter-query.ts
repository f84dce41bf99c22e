import type { Database, Kysely } from '@atalaya/db';
import { sql } from '@atalaya/db';
import type { Filter } from '@atalaya/domain';
import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';

type ItemsQuery<O> = SelectQueryBuilder<Database, 'items', O>;

/** The full-text match used everywhere: English or Spanish stemming, web-search syntax ("quotes", -not, or). */
export function textMatch(q: string) {
  return sql<boolean>`(items.search @@ websearch_to_tsquery('english', ${q}) or items.search @@ websearch_to_tsquery('spanish', ${q}))`;
}

/** Restricts an items query to published items that match every part of the filter. */
export function applyFilter<O>(query: ItemsQuery<O>, filter: Filter): ItemsQuery<O> {
  let q = query.where('items.status', '=', 'published');
  if (filter.from) q = q.where('items.item_date', '>=', filter.from);
  if (filter.to) q = q.where('items.item_date', '<=', filter.to);
  if (filter.states.length > 0) {
    const places = filter.states;
    q = q.where((eb: ExpressionBuilder<Database, 'items'>) =>
      eb.exists(
        eb.selectFrom('item_places as fp').select(sql.lit(1).as('one')).whereRef('fp.item_id', '=', 'items.id').where('fp.place', 'in', places),
      ),
    );
  }
  const tagFilters: Array<['topic' | 'organization', string[]]> = [
    ['topic', filter.topics],
    ['organization', filter.orgs],
  ];
  for (const [kind, slugs] of tagFilters) {
    if (slugs.length === 0) continue;
    q = q.where((eb: ExpressionBuilder<Database, 'items'>) =>
      eb.exists(
        eb
          .selectFrom('item_tags as ft')
          .innerJoin('tags as fg', 'fg.id', 'ft.tag_id')
          .select(sql.lit(1).as('one'))
          .whereRef('ft.item_id', '=', 'items.id')
          .where('fg.kind', '=', kind)
          .where('fg.slug', 'in', slugs),
      ),
    );
  }
  if (filter.q) q = q.where(textMatch(filter.q));
  return q;
}

export function filteredItems(db: Kysely<Database>, filter: Filter) {
  return applyFilter(db.selectFrom('items'), filter);
}

export async function countItems(db: Kysely<Database>, filter: Filter): Promise<number> {
  const row = await filteredItems(db, filter).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return row.n;
}
