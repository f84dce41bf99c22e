import type { ItemSummary } from '@atalaya/api';
import { EMPTY_FILTER } from '@atalaya/domain';
import { useInfiniteQuery } from '@tanstack/react-query';
import { formatDate, placeName } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';

function ItemCard({ item }: { item: ItemSummary }) {
  return (
    <li className="item">
      <h3>{item.headline}</h3>
      <p className="meta">
        {item.outlet ?? 'Unknown outlet'} · <time dateTime={item.date}>{formatDate(item.date)}</time>
        {item.articleAuthor ? ` · ${item.articleAuthor}` : ''}
      </p>
      <p className="summary">{item.summary}</p>
      <ul className="chips" aria-label="Places and topics">
        {item.places.map((p) => (
          <li key={p} className="chip chip-place">
            {placeName(p)}
          </li>
        ))}
        {item.topics.map((t) => (
          <li key={t.slug} className="chip chip-topic">
            {t.label.en}
          </li>
        ))}
      </ul>
      {item.originalTitle ? (
        <p className="citation">
          Original title: <span lang={item.language}>{item.originalTitle}</span>
          {item.url ? (
            <>
              {' '}
              · <a href={item.url} rel="noopener noreferrer" target="_blank">source</a>
            </>
          ) : null}
        </p>
      ) : null}
    </li>
  );
}

export function ItemList() {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.items.list.infiniteQueryOptions(
      { filter: EMPTY_FILTER, limit: 20 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  return (
    <section className="panel items" aria-labelledby="items-heading">
      <h2 id="items-heading">Latest items</h2>
      {query.isPending ? (
        <p className="loading" role="status">
          Loading items…
        </p>
      ) : query.isError ? (
        <div className="error" role="alert">
          <p>Could not load items: {query.error.message}</p>
          <button type="button" onClick={() => void query.refetch()}>
            Try again
          </button>
        </div>
      ) : query.data.pages[0]?.items.length === 0 ? (
        <p className="empty">No items have been published yet.</p>
      ) : (
        <>
          <ol className="item-list">
            {query.data.pages.flatMap((page) => page.items).map((item) => (
              <ItemCard key={item.id} item={item} />
            ))}
          </ol>
          {query.hasNextPage ? (
            <button type="button" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
              {query.isFetchingNextPage ? 'Loading…' : 'Show older items'}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
