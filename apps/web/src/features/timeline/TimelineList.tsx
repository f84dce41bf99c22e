import type { ItemSummary } from '@atalaya/api';
import { defaultRangeExtractor, useVirtualizer, type Range, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type FocusEvent } from 'react';
import { useFormat, useMessages } from '../../i18n/index.tsx';
import { ItemRow } from './ItemRow.tsx';
import { messages } from './messages.ts';
import { headingIndexFor, type TimelineRow } from './rows.ts';

interface Props {
  rows: readonly TimelineRow<ItemSummary>[];
  /** Items per week for the whole filter (the loaded rows may hold only part of a week). */
  weekCounts: ReadonlyMap<string, number>;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore(): void;
  /** Names this list (its filter) so that coming back to it restores where the user was. */
  scrollKey: string;
  backTo: string;
  dates: { from?: string | undefined; to?: string | undefined };
}

const ESTIMATE_WEEK = 44;
const ESTIMATE_ITEM = 110;
/** Rows from the end at which the next page is requested, so it usually arrives before it is needed. */
const PREFETCH_ROWS = 30;

// Scroll positions and measured heights of lists the user left (to an item page, say), by filter.
const savedPositions = new Map<string, { offset: number; measurements: VirtualItem[] }>();
const MAX_SAVED = 20;

/**
 * The timeline's rows in a scrolling box: only the rows in view (and a few around them) are in the
 * DOM, so ten thousand items scroll as smoothly as ten. Heights are measured as rows render; the week
 * heading of the rows in view stays pinned at the top; the next page loads before the end is reached.
 */
export function TimelineList({ rows, weekCounts, hasMore, loadingMore, onLoadMore, scrollKey, backTo, dates }: Props) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [restored] = useState(() => savedPositions.get(scrollKey));
  // The row holding keyboard focus stays rendered when it scrolls away, so focus is never dropped.
  const [focused, setFocused] = useState<number | null>(null);
  // One extra row at the end: "loading older items" or "end of the list".
  const count = rows.length + 1;

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = new Set(defaultRangeExtractor(range));
      const heading = headingIndexFor(rows, range.startIndex);
      if (heading >= 0) indexes.add(heading);
      if (focused !== null && focused < range.count) indexes.add(focused);
      return [...indexes].sort((a, b) => a - b);
    },
    [rows, focused],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders this component itself.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.kind === 'week' ? ESTIMATE_WEEK : ESTIMATE_ITEM),
    getItemKey: (i) => rows[i]?.key ?? 'end',
    overscan: 8,
    rangeExtractor,
    ...(restored ? { initialOffset: restored.offset, initialMeasurementsCache: restored.measurements } : {}),
  });

  useEffect(
    () => () => {
      savedPositions.delete(scrollKey);
      savedPositions.set(scrollKey, { offset: virtualizer.scrollOffset ?? 0, measurements: virtualizer.measurementsCache });
      if (savedPositions.size > MAX_SAVED) savedPositions.delete(savedPositions.keys().next().value as string);
    },
    [virtualizer, scrollKey],
  );

  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, rows.length, onLoadMore]);

  const range = virtualizer.range;
  const pinned = range ? headingIndexFor(rows, range.startIndex) : -1;

  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    setFocused(row ? Number(row.dataset['index']) : null);
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(null);
  };

  return (
    <div ref={scrollRef} className="tl-scroll" onFocus={onFocus} onBlur={onBlur}>
      <div className="tl-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualItems.map((v) => {
          const row = rows[v.index];
          const style =
            v.index === pinned
              ? { position: 'sticky' as const, top: 0, zIndex: 1 }
              : { position: 'absolute' as const, top: 0, left: 0, width: '100%', transform: `translateY(${v.start}px)` };
          return (
            <div key={v.key} data-index={v.index} ref={virtualizer.measureElement} style={style} className={row ? `tl-row tl-row-${row.kind}` : 'tl-row tl-row-end'}>
              {!row ? (
                <p className="tl-end" role={hasMore ? 'status' : undefined}>
                  {hasMore ? t('loadingMore') : t('end')}
                </p>
              ) : row.kind === 'week' ? (
                <h3 className="tl-week">
                  {t('weekOf', { date: fmt.date(row.week) })}
                  {weekCounts.has(row.week) ? (
                    <span className="tl-week-count">
                      {' · '}
                      {(weekCounts.get(row.week) ?? 0) === 1 ? t('itemsOne') : t('itemsOther', { n: fmt.number(weekCounts.get(row.week) ?? 0) })}
                    </span>
                  ) : null}
                </h3>
              ) : (
                <ItemRow item={row.item} backTo={backTo} from={dates.from} to={dates.to} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
