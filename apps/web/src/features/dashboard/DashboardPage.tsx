import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { LatestCommentary } from '../commentary/LatestCommentary.tsx';
import { FilterBar } from '../filters/FilterBar.tsx';
import { useFilter } from '../filters/use-filter.ts';
import { KpiCards } from '../kpis/KpiCards.tsx';
import { Timeline } from '../timeline/Timeline.tsx';
import { TrendCharts } from '../trends/TrendCharts.tsx';
import { messages } from './messages.ts';

// maplibre-gl is large: the map is its own chunk, loaded after the rest of the screen.
const MapPanel = lazy(() => import('../map/MapPanel.tsx'));

/** The main screen: what is happening where, and how it is trending, for the filter in the URL. */
export function DashboardPage() {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const { filter, error } = useFilter();
  const dashboard = useQuery(trpc.dashboard.get.queryOptions({ filter }, { placeholderData: (previous) => previous }));
  return (
    <main id="main" className="dashboard">
      <h1 className="visually-hidden">{t('title')}</h1>
      <FilterBar />
      {error ? (
        <p className="notice" role="alert">
          {t('badLink', { reason: error })}
        </p>
      ) : null}
      <div className="dashboard-grid">
        <LatestCommentary />
        <KpiCards query={dashboard} />
        <Suspense fallback={<section className="panel map-panel" aria-busy="true">{t('loadingMap')}</section>}>
          <MapPanel counts={dashboard.data?.counts.byState ?? null} />
        </Suspense>
        <TrendCharts />
        <Timeline weeks={dashboard.data?.counts.byWeek ?? null} total={dashboard.data?.kpis.items.value ?? null} />
      </div>
    </main>
  );
}
