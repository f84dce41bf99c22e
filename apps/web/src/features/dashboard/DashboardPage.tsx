import { useQuery } from '@tanstack/react-query';
import { EMPTY_FILTER, encodeFilter, isStateIso } from '@atalaya/domain';
import { lazy, Suspense, useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/use-session.ts';
import { useMyOrg } from '../org/use-my-org.ts';
import { useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { LatestCommentary } from '../commentary/LatestCommentary.tsx';
import { ExportLinks } from '../exports/ExportLinks.tsx';
import { FilterBar } from '../filters/FilterBar.tsx';
import { useDescribeIssues } from '../filters/filter-issues.ts';
import { useFilter } from '../filters/use-filter.ts';
import { KpiCards } from '../kpis/KpiCards.tsx';
import { PresentLink } from '../present/PresentLink.tsx';
import { Timeline } from '../timeline/Timeline.tsx';
import { TrendCharts } from '../trends/TrendCharts.tsx';
import { messages } from './messages.ts';

// maplibre-gl is large: the map is its own chunk, loaded after the rest of the screen.
const MapPanel = lazy(() => import('../map/MapPanel.tsx'));

/**
 * The main screen: what is happening where, and how it is trending, for the filter in the URL.
 * Desktop: filters and key figures across the top; below, the map and the timeline in the wide
 * column, the commentary and the trends beside them. Under 1100 px one column: figures,
 * commentary, map, trends, timeline. On a phone the filter bar folds into one line, so the
 * figures are on the first screen.
 */
export function DashboardPage() {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const { filter, issues } = useFilter();
  const describeIssues = useDescribeIssues();
  const dashboard = useQuery(trpc.dashboard.get.queryOptions({ filter }, { placeholderData: (previous) => previous }));
  useWatchlistAsDefault();
  return (
    <main id="main" className="dashboard">
      <h1 className="visually-hidden">{t('title')}</h1>
      <FilterBar />
      <div className="page-actions">
        <PresentLink />
        <ExportLinks />
      </div>
      {issues.length > 0 ? (
        <p className="notice filter-notice" role="alert">
          {t('badLink', { reason: describeIssues(issues) })}
        </p>
      ) : null}
      <div className="dashboard-grid">
        <div className="dash-area dash-kpis">
          <KpiCards query={dashboard} />
        </div>
        {/* Source order is reading order (figures, commentary, trends, map, items); on wide screens the
            columns are placed side by side, each stacking its own panels so neither leaves gaps. */}
        <div className="dash-col dash-col-side">
          <div className="dash-area dash-commentary">
            <LatestCommentary />
          </div>
          <div className="dash-area dash-trends">
            <TrendCharts />
          </div>
        </div>
        <div className="dash-col dash-col-main">
          <div className="dash-area dash-map">
            <Suspense
              fallback={
                <section className="panel map-panel map-loading" aria-busy="true">
                  {t('loadingMap')}
                </section>
              }
            >
              <MapPanel counts={dashboard.data?.counts.byState ?? null} />
            </Suspense>
          </div>
          <div className="dash-area dash-timeline">
            <Timeline weeks={dashboard.data?.counts.byWeek ?? null} total={dashboard.data?.kpis.items.value ?? null} />
          </div>
        </div>
      </div>
    </main>
  );
}

/** A client's dashboard opens on its organisation's watchlist when the address has no filter of its own. */
function useWatchlistAsDefault() {
  const { user } = useSession();
  const org = useMyOrg();
  const location = useLocation();
  const navigate = useNavigate();
  const watchlist = org?.watchlist.filter(isStateIso) ?? [];
  const shouldApply = user?.role === 'client' && location.pathname === '/' && location.search === '' && watchlist.length > 0;
  const target = shouldApply ? `?${encodeFilter({ ...EMPTY_FILTER, states: watchlist })}` : null;
  useEffect(() => {
    if (target) void navigate({ pathname: '/', search: target }, { replace: true });
  }, [target, navigate]);
}
