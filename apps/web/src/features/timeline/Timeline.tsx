import type { Count, ItemSummary } from '@atalaya/api';
import { EMPTY_FILTER } from '@atalaya/domain';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useLocation } from 'react-router';
import { LoadError } from '../../app/QueryState.tsx';
import { useFormat, useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useFilter } from '../filters/use-filter.ts';
import { DensityStrip } from './DensityStrip.tsx';
import { messages } from './messages.ts';
import { toRows, type TimelineRow } from './rows.ts';
import { TimelineList } from './TimelineList.tsx';
import { fillWeeks, type DateRange } from './weeks.ts';
import './timeline.css';

const PAGE_SIZE = 100;

/**
 * The timeline: a density strip of items per week that can be brushed to set the filter's dates, and
 * every item of the filter, newest first, grouped by week.
 * `weeks` are the filter's items per week and `total` its item count (from the dashboard query).
 */
export function Timeline({ weeks, total }: { weeks: Count[] | null; total: number | null }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const trpc = useTRPC();
  const location = useLocation();
  const { filter, setFilter, search } = useFilter();
  const hasDates = filter.from !== undefined || filter.to !== undefined;

  // With dates set, the strip still shows every week of the rest of the filter, so a range can be
  // moved or widened; without dates that is exactly the dashboard's `weeks`, so no second query.
  const { from: _from, to: _to, ...undated } = filter;
  const density = useQuery(trpc.timeline.density.queryOptions({ filter: undated }, { enabled: hasDates, placeholderData: keepPreviousData }));
  const overview = hasDates ? (density.data ?? weeks) : weeks;
  const bars = useMemo(() => (overview ? fillWeeks(overview) : null), [overview]);
  const weekCounts = useMemo(() => new Map((weeks ?? []).map((w) => [w.key, w.count])), [weeks]);

  const items = useInfiniteQuery(
    trpc.items.list.infiniteQueryOptions({ filter, limit: PAGE_SIZE }, { getNextPageParam: (page) => page.nextCursor ?? undefined }),
  );
  const rows: TimelineRow<ItemSummary>[] = useMemo(() => toRows(items.data?.pages ?? []), [items.data]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = items;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const select = useCallback((range: DateRange) => setFilter((f) => ({ ...f, from: range.from, to: range.to })), [setFilter]);
  const clearDates = useCallback(() => setFilter(({ from: _from, to: _to, ...rest }) => rest), [setFilter]);

  return (
    <section className="panel timeline" aria-labelledby="timeline-heading">
      <div className="tl-head">
        <h2 id="timeline-heading">{t('title')}</h2>
        <p className="tl-total" aria-live="polite">
          {total === null ? <span className="tl-skeleton-text">{t('countLoading')}</span> : total === 1 ? t('itemsOne') : t('itemsOther', { n: fmt.number(total) })}
        </p>
      </div>
      <DensityStrip weeks={bars} from={filter.from} to={filter.to} onSelect={select} onClear={clearDates} />
      {items.isPending ? (
        <div className="tl-scroll tl-loading" role="status" aria-busy="true">
          <span className="visually-hidden">{t('loading')}</span>
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="tl-skeleton-row" aria-hidden="true">
              <span />
              <span />
            </div>
          ))}
        </div>
      ) : items.isError ? (
        <LoadError className="tl-scroll tl-message error" onRetry={() => void items.refetch()}>
          {t('error', { reason: items.error.message })}
        </LoadError>
      ) : rows.length === 0 ? (
        <div className="tl-scroll tl-message">
          {search === '' ? (
            <p className="empty">{t('noItems')}</p>
          ) : (
            <>
              <p className="tl-empty-title">{t('empty')}</p>
              <p className="empty">{t('emptyHint')}</p>
              <button type="button" onClick={() => setFilter(EMPTY_FILTER)}>
                {t('clearFilter')}
              </button>
            </>
          )}
        </div>
      ) : (
        <TimelineList
          key={search}
          rows={rows}
          weekCounts={weekCounts}
          hasMore={hasNextPage}
          loadingMore={isFetchingNextPage}
          onLoadMore={loadMore}
          scrollKey={search}
          backTo={`${location.pathname}${location.search}`}
          dates={{ from: filter.from, to: filter.to }}
        />
      )}
    </section>
  );
}
