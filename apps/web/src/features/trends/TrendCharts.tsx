import { lazy, Suspense } from 'react';
import { useMessages } from '../../i18n/index.tsx';
import { useFilter } from '../filters/use-filter.ts';
import { messages } from './messages.ts';
import { chartMetrics, type ChartSize } from './palette.ts';
import './trends.css';

// recharts is large: the charts are their own chunk, off the dashboard's initial JavaScript.
const TrendPanel = lazy(() => import('./TrendPanel.tsx'));

/**
 * The dashboard's trend charts for the filter in the URL. Each chart draws one series from one
 * source (INEGI and SESNSP, army-only and cabinet-wide seizures never share a chart).
 */
export function TrendCharts({ size = 'default' }: { size?: ChartSize } = {}) {
  const t = useMessages(messages);
  const { filter } = useFilter();
  const height = chartMetrics(size).height;
  return (
    <section className="panel trends" aria-labelledby="trends-title">
      <h2 id="trends-title">{t('title')}</h2>
      <p className="hint">{t('scopeHint')}</p>
      <Suspense
        fallback={
          // Same footprint as the four charts, so nothing below jumps when they arrive.
          <div className="trend-grid" aria-busy="true">
            {[0, 1, 2, 3].map((i) => (
              <div key={i} className="trend-card trend-placeholder" style={{ minHeight: height + 120 }}>
                {i === 0 ? <p className="loading">{t('loading')}</p> : null}
              </div>
            ))}
          </div>
        }
      >
        <TrendPanel filter={filter} size={size} />
      </Suspense>
    </section>
  );
}
