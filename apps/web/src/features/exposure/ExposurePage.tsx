import { exposureHeadline } from '@atalaya/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useId, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QueryState } from '../../app/QueryState.tsx';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import '../exports/exports.css';
// The level badges and signal tags look as on the rating screen.
import '../rating/rating.css';
import { messages } from './messages.ts';
import { orgFileHref } from './model.ts';
import { RatingsPanel } from './RatingsPanel.tsx';
import { SinceLastVisit } from './SinceLastVisit.tsx';
import { SitesTable } from './SitesTable.tsx';
import { StatesTable } from './StatesTable.tsx';
import type { ExposureData } from './types.ts';
import './exposure.css';

// maplibre and the state outlines load after the page's text and tables.
const ExposureMap = lazy(() => import('./ExposureMap.tsx'));

/**
 * `/exposure`, a client's landing page: its sites against the firm's levels, why, what changed since the
 * last visit, and the files to take away. Account managers and admins choose the organisation (`?org=`).
 */
export function ExposurePage() {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const orgs = useQuery(trpc.exposure.orgs.queryOptions());
  const asked = Number(params.get('org'));
  return (
    <main id="main" className="layout layout-wide exposure-page">
      <QueryState query={orgs} what={t('orgs')}>
        {(list) => {
          const org = list.find((o) => o.id === asked) ?? list[0];
          if (!org) {
            return (
              <>
                <h1>{t('title')}</h1>
                <p className="empty panel">{t('noOrgs')}</p>
              </>
            );
          }
          const picker =
            list.length > 1 ? (
              <label className="org-picker">
                {t('orgPicker')}
                <select value={org.id} onChange={(e) => setParams({ org: e.target.value })}>
                  {list.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </select>
              </label>
            ) : null;
          return <OrgExposure key={org.id} orgId={org.id} picker={picker} />;
        }}
      </QueryState>
    </main>
  );
}

function OrgExposure({ orgId, picker }: { orgId: number; picker: ReactNode }) {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const exposure = useQuery(trpc.exposure.get.queryOptions({ orgId }));
  const visit = useMutation(trpc.exposure.markVisit.mutationOptions());
  const { mutate } = visit;
  // Opening the page is a visit; "since your last visit" keeps counting from the one before it.
  useEffect(() => {
    mutate({ orgId });
  }, [mutate, orgId]);
  return (
    <QueryState query={exposure} what={t('exposure')}>
      {(data) => <ExposureContent data={data} picker={picker} />}
    </QueryState>
  );
}

function ExposureContent({ data, picker }: { data: ExposureData; picker: ReactNode }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { lang } = useLang();
  const sitesId = useId();
  const mapId = useId();
  const statesId = useId();
  const whyId = useId();
  return (
    <>
      <header className="exposure-head">
        <h1>{t('titleOf', { org: data.org.name })}</h1>
        <p className="exposure-headline">{exposureHeadline(data.summary, lang)}</p>
        <div className="exposure-meta">
          <p className="hint">{t('asOf', { date: fmt.date(data.date) })}</p>
          <p>
            <Link to="/" className="dashboard-link">
              {t('toDashboard')}
            </Link>{' '}
            <span className="hint">({t('toDashboardHint')})</span>
          </p>
          {picker}
        </div>
        <div className="export-links" role="group" aria-label={t('downloads')}>
          <span className="export-label" aria-hidden="true">
            {t('downloads')}
          </span>
          <a className="export-link" href={orgFileHref('exposure.pdf', data.org.id, lang)} download>
            {t('pdf')}
          </a>
          <a className="export-link" href={orgFileHref('sites.csv', data.org.id, lang)} download>
            {t('csv')}
          </a>
        </div>
      </header>
      <section className="panel" aria-labelledby={sitesId}>
        <h2 id={sitesId}>{t('sitesHeading')}</h2>
        {data.sites.length ? <SitesTable data={data} /> : <p className="empty">{t('noSites')}</p>}
      </section>
      <SinceLastVisit orgId={data.org.id} />
      <section className="panel" aria-labelledby={mapId}>
        <h2 id={mapId}>{t('mapHeading')}</h2>
        <Suspense
          fallback={
            <p className="loading" role="status">
              {t('drawing')}
            </p>
          }
        >
          <ExposureMap data={data} />
        </Suspense>
      </section>
      <section className="panel" aria-labelledby={statesId}>
        <h2 id={statesId}>{t('statesHeading')}</h2>
        <StatesTable data={data} />
      </section>
      <section className="panel" aria-labelledby={whyId}>
        <h2 id={whyId}>{t('whyHeading')}</h2>
        <RatingsPanel data={data} />
      </section>
    </>
  );
}
