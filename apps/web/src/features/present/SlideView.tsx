import type { Dashboard } from '@atalaya/api';
import type { Filter } from '@atalaya/domain';
import type { UseQueryResult } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useMessages } from '../../i18n/index.tsx';
import { messages as dashboardMessages } from '../dashboard/messages.ts';
import { KpiCards } from '../kpis/KpiCards.tsx';
import { messages as trendMessages } from '../trends/messages.ts';
import { ItemSlide } from './ItemSlide.tsx';
import { messages } from './messages.ts';
import { TREND_CHARTS, type Slide } from './slides.ts';
import { StateSlide } from './StateSlide.tsx';
import { TitleSlide } from './TitleSlide.tsx';

// The map and the charts are the dashboard's own components, in their own chunks as on the dashboard.
const MapPanel = lazy(() => import('../map/MapPanel.tsx'));
const TrendCard = lazy(() => import('./TrendCard.tsx'));

export interface SlideViewProps {
  slide: Slide;
  /** The dashboard's query (the key figures show its loading and refresh states) and its data. */
  dashboard: UseQueryResult<Dashboard, { message: string }>;
  data: Dashboard;
  filter: Filter;
}

/** The content of one slide, at projector size. */
export function SlideView({ slide, dashboard, data, filter }: SlideViewProps) {
  const t = useMessages(messages);
  const dash = useMessages(dashboardMessages);
  const trends = useMessages(trendMessages);
  switch (slide.kind) {
    case 'title':
      return <TitleSlide itemCount={slide.itemCount} commentary={data.commentary} filter={filter} />;
    case 'map':
      return (
        <Suspense
          fallback={
            <p className="loading" role="status">
              {dash('loadingMap')}
            </p>
          }
        >
          <MapPanel counts={data.counts.byState} size="large" />
        </Suspense>
      );
    case 'levels':
      return (
        <Suspense
          fallback={
            <p className="loading" role="status">
              {dash('loadingMap')}
            </p>
          }
        >
          <MapPanel counts={data.counts.byState} size="large" fixedLayer="risk_level" />
        </Suspense>
      );
    case 'kpis':
      return <KpiCards query={dashboard} size="large" />;
    case 'trend':
      return (
        <div className="slide-trend">
          <p className="slide-kicker">{t('trendsSlide', { n: TREND_CHARTS.indexOf(slide.chart) + 1, total: TREND_CHARTS.length })}</p>
          <Suspense
            fallback={
              <p className="loading" role="status">
                {trends('loading')}
              </p>
            }
          >
            <TrendCard chart={slide.chart} filter={filter} />
          </Suspense>
        </div>
      );
    case 'item':
      return <ItemSlide item={slide.item} rank={slide.rank} of={slide.of} />;
    case 'state':
      return <StateSlide code={slide.code} count={slide.count} stop={slide.stop} of={slide.of} filter={filter} />;
  }
}
