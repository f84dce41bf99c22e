import type { Dashboard } from '@atalaya/api';
import type { Filter } from '@atalaya/domain';
import type { UseQueryResult } from '@tanstack/react-query';
import { LoadError } from '../../app/QueryState.tsx';
import { useFormat, useMessages } from '../../i18n/index.tsx';
import { daysBetween, localToday } from '../filters/date-presets.ts';
import { useFilter } from '../filters/use-filter.ts';
import { KpiGrid, type KpiSize } from './KpiCard.tsx';
import { messages } from './messages.ts';

/** Length of the filter's period in days, as the API measures it; null when it has no start. */
export function periodDays(filter: Pick<Filter, 'from' | 'to'>, today: string): number | null {
  if (!filter.from) return null;
  return daysBetween(filter.from, filter.to ?? today);
}

/** Loading, error and data states of the dashboard's key figures; `size` 'large' is for briefing mode. */
export function KpiCards({
  query,
  today = localToday(),
  size,
}: {
  query: UseQueryResult<Dashboard, { message: string }>;
  today?: string;
  size?: KpiSize;
}) {
  const t = useMessages(messages);
  const format = useFormat();
  const { filter } = useFilter();
  const days = periodDays(filter, today);
  const period = filter.from
    ? t('periodRange', { from: format.date(filter.from), to: format.date(filter.to ?? today) })
    : filter.to
      ? t('periodUntil', { to: format.date(filter.to) })
      : t('periodAll');
  return (
    <section className="kpis" aria-labelledby="kpis-heading" aria-busy={query.isFetching || undefined}>
      <h2 id="kpis-heading" className="section-title kpis-heading">
        {t('heading')} <span className="kpis-period">· {period}</span>
        {days !== null ? <span className="kpis-period"> · {t('comparedWith', { days: format.number(days) })}</span> : null}
      </h2>
      {query.isPending ? (
        <KpiSkeleton label={t('loading')} />
      ) : query.isError ? (
        <LoadError className="panel error" onRetry={() => void query.refetch()}>
          {t('error', { reason: query.error.message })}
        </LoadError>
      ) : (
        <div className={query.isPlaceholderData ? 'is-stale' : undefined}>
          <KpiGrid kpis={query.data.kpis} periodDays={days} size={size} />
        </div>
      )}
    </section>
  );
}

/** Grey blocks the size of the cards, so nothing moves when the figures arrive. */
export function KpiSkeleton({ label }: { label: string }) {
  return (
    <div className="kpi-grid" role="status">
      <span className="visually-hidden">{label}</span>
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="kpi-card kpi-skeleton" aria-hidden="true">
          <span className="skeleton-line skeleton-title" />
          <span className="skeleton-line skeleton-value" />
          <span className="skeleton-line" />
          <span className="skeleton-line skeleton-short" />
        </div>
      ))}
    </div>
  );
}
