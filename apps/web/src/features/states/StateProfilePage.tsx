import type { StateProfile } from '@atalaya/api';
import { encodeFilter, STATES, stateByIso, type Filter, type MexicanState } from '@atalaya/domain';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useId } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { LoadError } from '../../app/QueryState.tsx';
import { ScrollTable } from '../../app/ScrollTable.tsx';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { DateRange } from '../filters/DateRange.tsx';
import { localToday, withDates } from '../filters/date-presets.ts';
import { useFilter } from '../filters/use-filter.ts';
import { TopicChips } from '../items/TopicChips.tsx';
import { SourceLine, type SourceRef } from '../kpis/KpiCard.tsx';
import { messages } from './messages.ts';
import { useMyOrg } from '../org/use-my-org.ts';
import { levelsDate } from '../risk/levels.ts';
import { StateLevels } from '../risk/StateLevels.tsx';
import { caseFileTotals, compareRates, monthlyRows } from './profile-data.ts';
import { stateEnglishName, stateName } from './state-names.ts';

const CaseFilesChart = lazy(() => import('./CaseFilesChart.tsx'));

type T = ReturnType<typeof useMessages<(typeof messages)['en']>>;

/** `/states/:code`: one state's exposure in the current filter's period, against the national picture. */
export function StateProfilePage({ today = localToday() }: { today?: string }) {
  const { code = '' } = useParams();
  const location = useLocation();
  const state = stateByIso(code.toUpperCase());
  if (!state) return <UnknownState code={code} />;
  // One address per state: /states/mx-sin becomes /states/MX-SIN.
  if (state.iso !== code) return <Navigate replace to={{ pathname: `/states/${state.iso}`, search: location.search }} />;
  return <Profile state={state} today={today} />;
}

function UnknownState({ code }: { code: string }) {
  const t = useMessages(messages);
  useDocumentTitle(t('unknownTitle'));
  return (
    <main id="main" className="layout layout-wide">
      <section className="panel unknown-state" aria-labelledby="unknown-heading">
        <h1 id="unknown-heading">{t('unknownTitle')}</h1>
        <p>{t('unknownBody', { code })}</p>
        <p>
          <Link to="/">{t('backToDashboard')}</Link>
        </p>
        <h2>{t('chooseState')}</h2>
        <ul className="state-index">
          {STATES.map((s) => (
            <li key={s.iso}>
              <Link to={`/states/${s.iso}`} lang="es">
                {stateName(s)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

function useDocumentTitle(title: string) {
  useEffect(() => {
    const before = document.title;
    document.title = `${title} · Atalaya`;
    return () => {
      document.title = before;
    };
  }, [title]);
}

function usePeriodText(filter: Filter) {
  const t = useMessages(messages);
  const format = useFormat();
  if (filter.from && filter.to) return t('periodRange', { from: format.date(filter.from), to: format.date(filter.to) });
  if (filter.from) return t('periodSince', { from: format.date(filter.from) });
  if (filter.to) return t('periodUntil', { to: format.date(filter.to) });
  return t('periodAll');
}

function Profile({ state, today }: { state: MexicanState; today: string }) {
  const t = useMessages(messages);
  const format = useFormat();
  const trpc = useTRPC();
  const { filter, setFilter } = useFilter();
  const name = stateName(state);
  const english = stateEnglishName(state);
  useDocumentTitle(name);
  // The profile scopes items to this state itself; other states in the URL do not apply here.
  const scoped: Filter = { ...filter, states: [] };
  const query = useQuery(trpc.states.profile.queryOptions({ code: state.iso, filter: scoped }, { placeholderData: (previous) => previous }));
  const dashboardLink = `/?${encodeFilter({ ...filter, states: [state.iso] })}`;
  const period = usePeriodText(filter);
  const narrowed = filter.topics.length > 0 || filter.orgs.length > 0 || Boolean(filter.q);

  return (
    <main id="main" className="layout layout-wide state-profile">
      <nav aria-label={t('breadcrumb')} className="breadcrumbs">
        <Link to={`/?${encodeFilter(filter)}`}>{t('dashboard')}</Link> <span aria-hidden="true">›</span> {t('stateProfile')}
      </nav>
      <header className="panel profile-header">
        <div className="profile-title">
          <h1>
            <span lang="es">{state.officialName}</span>
            {english ? (
              <span className="profile-english" lang="en">
                {' '}
                · {english}
              </span>
            ) : null}
          </h1>
          <p className="meta">{t('codes', { iso: state.iso, inegi: state.inegi, population: format.number(state.population2024) })}</p>
          <p className="profile-period">
            <strong>{t('periodLabel', { period })}</strong>
            {narrowed ? <span className="hint"> {t('alsoFiltered')}</span> : null}
          </p>
        </div>
        <div className="profile-actions">
          <DateRange value={{ from: filter.from, to: filter.to }} today={today} onChange={(range) => setFilter((current) => withDates(current, range))} />
          <Link className="button-link" to={dashboardLink}>
            {t('openDashboard', { name })} →
          </Link>
        </div>
      </header>
      <StateLevels code={state.iso} stateLabel={name} date={levelsDate(filter, today)} today={today} />
      {query.isPending ? (
        <ProfileSkeleton label={t('loading')} />
      ) : query.isError ? (
        <LoadError className="panel error" onRetry={() => void query.refetch()}>
          {t('error', { reason: query.error.message })}
        </LoadError>
      ) : (
        <ProfileBody profile={query.data} state={state} filter={filter} t={t} stale={query.isPlaceholderData} />
      )}
    </main>
  );
}

function ProfileSkeleton({ label }: { label: string }) {
  return (
    <div className="profile-grid" role="status">
      <span className="visually-hidden">{label}</span>
      {[0, 1, 2].map((i) => (
        <div key={i} className="kpi-card kpi-skeleton" aria-hidden="true">
          <span className="skeleton-line skeleton-title" />
          <span className="skeleton-line skeleton-value" />
          <span className="skeleton-line" />
        </div>
      ))}
    </div>
  );
}

function ProfileBody({ profile, state, filter, t, stale }: { profile: StateProfile; state: MexicanState; filter: Filter; t: T; stale: boolean }) {
  const format = useFormat();
  const { lang } = useLang();
  const headingId = useId();
  const name = stateName(state);
  const rates = compareRates(profile.homicideRate.points, state.iso);
  const rows = monthlyRows(profile.caseFiles.points, state.iso);
  const totals = caseFileTotals(rows, state.iso);
  const share = profile.nationalItemCount > 0 ? profile.itemCount / profile.nationalItemCount : null;
  const percent = new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 0 });
  const yearStatus = (p: { periodStart: string; dataStatus: 'preliminary' | 'definitive' | null }) =>
    p.dataStatus ? t('yearStatus', { year: p.periodStart.slice(0, 4), status: t(`status_${p.dataStatus}`) }) : p.periodStart.slice(0, 4);
  const caseFileSources: SourceRef[] = uniqueSources(profile.caseFiles.points.filter((p) => p.place === state.iso || p.place === 'MX'));
  const rateSources: SourceRef[] = uniqueSources([rates.state, rates.national].filter((p) => p !== null));
  const dashboardFor = (patch: Partial<Filter>) => `/?${encodeFilter({ ...filter, states: [state.iso], ...patch })}`;

  return (
    <div className={`profile-body${stale ? ' is-stale' : ''}`}>
      <section aria-labelledby={`${headingId}-exposure`}>
        <h2 id={`${headingId}-exposure`} className="section-title">
          {t('exposure')}
        </h2>
        <div className="profile-grid">
          <article className="kpi-card" aria-labelledby={`${headingId}-items`}>
            <h3 id={`${headingId}-items`} className="kpi-title">
              {t('itemsAbout', { name })}
            </h3>
            <p className="kpi-value">
              <data value={profile.itemCount}>{format.number(profile.itemCount)}</data>
            </p>
            <p className="kpi-detail">
              {share === null ? t('itemsShareNone') : t('itemsShare', { share: percent.format(share), national: format.number(profile.nationalItemCount) })}
            </p>
            <SourceLine sources={[{ label: 'Published newsletter items' }]} />
          </article>

          <article className="kpi-card" aria-labelledby={`${headingId}-rate`}>
            <h3 id={`${headingId}-rate`} className="kpi-title">
              {t('homicideRate')}
            </h3>
            {rates.state ? (
              <>
                <p className="kpi-value">
                  <data value={rates.state.value}>{format.number(rates.state.value)}</data> <span className="kpi-unit">{t('perHundredK')}</span>
                </p>
                <p className="kpi-year">
                  <span className={`badge badge-${rates.state.dataStatus ?? 'unknown'}`}>{yearStatus(rates.state)}</span>
                </p>
                <p className="kpi-detail">
                  {rates.national
                    ? `${t('nationalRate', { year: yearStatus(rates.national), value: format.number(rates.national.value) })}${
                        rates.ratio !== null ? ` · ${t('timesNational', { ratio: format.number(Math.round(rates.ratio * 10) / 10) })}` : ''
                      }`
                    : t('nationalNone', { year: rates.state.periodStart.slice(0, 4) })}
                </p>
              </>
            ) : (
              <>
                <p className="kpi-value">
                  <span className="kpi-nodata">{t('noData')}</span>
                </p>
                <p className="kpi-detail">{t('noStateRate')}</p>
                {rates.national ? (
                  <p className="kpi-detail">{t('nationalRate', { year: yearStatus(rates.national), value: format.number(rates.national.value) })}</p>
                ) : null}
              </>
            )}
            <SourceLine sources={rateSources} />
          </article>

          <article className="kpi-card" aria-labelledby={`${headingId}-files`}>
            <h3 id={`${headingId}-files`} className="kpi-title">
              {t('caseFiles')}
            </h3>
            {totals.months > 0 && totals.first && totals.last ? (
              <>
                <p className="kpi-value">
                  <data value={totals.state}>{format.number(totals.state)}</data> <span className="kpi-unit">{t('caseFilesUnit')}</span>
                </p>
                <p className="kpi-year">{t('caseFilesTotal', { months: totals.months, first: format.month(totals.first), last: format.month(totals.last) })}</p>
                <p className="kpi-detail">
                  {t('caseFilesRate', { state: format.number(totals.statePer100k ?? 0), national: format.number(totals.nationalPer100k ?? 0) })}
                </p>
              </>
            ) : (
              <p className="kpi-detail">{t('caseFilesNone')}</p>
            )}
            <SourceLine sources={[...caseFileSources, { label: t('popSource') }]} />
          </article>
        </div>
      </section>

      <div className="profile-columns">
        <div className="profile-main">
          <section className="panel profile-trend" aria-labelledby={`${headingId}-trend`}>
            <h2 id={`${headingId}-trend`}>{t('trend')}</h2>
            {rows.length > 0 ? (
              <>
                <Suspense fallback={<div className="profile-chart chart-placeholder">{t('loadingChart')}</div>}>
                  <CaseFilesChart rows={rows} stateLabel={name} nationalLabel={t('national')} formatMonth={format.month} formatNumber={format.number} />
                </Suspense>
                <p className="hint">{t('trendNote')}</p>
                <details className="chart-data">
                  <summary>{t('showData')}</summary>
                  <ScrollTable
                    columns={[t('month'), t('caseFilesCol', { name }), t('per100kCol', { name }), t('caseFilesCol', { name: t('national') }), t('per100kCol', { name: t('national') })]}
                  >
                    {rows.map((r) => (
                      <tr key={r.month}>
                        <th scope="row">{format.month(r.month)}</th>
                        <td>{r.state === null ? '—' : format.number(r.state)}</td>
                        <td>{r.statePer100k === null ? '—' : format.number(r.statePer100k)}</td>
                        <td>{r.national === null ? '—' : format.number(r.national)}</td>
                        <td>{r.nationalPer100k === null ? '—' : format.number(r.nationalPer100k)}</td>
                      </tr>
                    ))}
                  </ScrollTable>
                </details>
              </>
            ) : (
              <p className="empty">{t('caseFilesNone')}</p>
            )}
            <SourceLine sources={[...caseFileSources, { label: t('popSource') }]} />
          </section>

          <section className="panel" aria-labelledby={`${headingId}-latest`}>
            <h2 id={`${headingId}-latest`}>{t('latestItems')}</h2>
            {profile.items.items.length === 0 ? (
              <p className="empty">{t('noItems', { name })}</p>
            ) : (
              <ol className="profile-items">
                {profile.items.items.map((item) => (
                  <li key={item.id}>
                    <p className="meta">
                      <time dateTime={item.date}>{format.date(item.date)}</time>
                      {item.outlet ? ` · ${item.outlet}` : ''}
                    </p>
                    <Link to={`/items/${item.id}`} className="profile-item-link">
                      {item.headline}
                    </Link>
                    {item.topics.length > 0 ? (
                      <ul className="chips" aria-label={t('topTopics')}>
                        <TopicChips topics={item.topics} />
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ol>
            )}
            {profile.itemCount > profile.items.items.length ? (
              <p>
                <Link to={dashboardFor({})}>{t('allItems', { n: format.number(profile.itemCount) })}</Link>
              </p>
            ) : null}
            <SourceLine sources={[{ label: 'Published newsletter items' }]} />
          </section>
        </div>

        <div className="profile-side">
          <OrgSites code={state.iso} />
          <TagBars
            title={t('topTopics')}
            tags={profile.topTopics}
            lang={lang}
            empty={t('noneInPeriod')}
            countLabel={(n) => t('itemsCount', { n })}
            linkFor={(slug) => dashboardFor({ topics: [slug as Filter['topics'][number]] })}
          />
          <TagBars
            title={t('topOrgs')}
            tags={profile.topOrganizations}
            lang={lang}
            empty={t('noneInPeriod')}
            countLabel={(n) => t('itemsCount', { n })}
            linkFor={(slug) => dashboardFor({ orgs: [slug] })}
          />
        </div>
      </div>
    </div>
  );
}

function uniqueSources(points: ReadonlyArray<{ sourceLabel: string | null; sourceUrl: string | null }>): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const p of points) {
    const label = p.sourceLabel ?? p.sourceUrl;
    if (label && !seen.has(label)) seen.set(label, { label, url: p.sourceUrl });
  }
  return [...seen.values()];
}

function TagBars({
  title,
  tags,
  lang,
  empty,
  countLabel,
  linkFor,
}: {
  title: string;
  tags: StateProfile['topTopics'];
  lang: 'en' | 'es';
  empty: string;
  countLabel(n: number): string;
  linkFor(slug: string): string;
}) {
  const id = useId();
  const max = Math.max(1, ...tags.map((tag) => tag.count));
  return (
    <section className="panel tag-bars" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {tags.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ol className="bar-list">
          {tags.map((tag) => (
            <li key={tag.slug}>
              <Link to={linkFor(tag.slug)} className="bar-label">
                {tag.label[lang]}
              </Link>
              <span className="bar-count">
                <span aria-hidden="true">{tag.count}</span>
                <span className="visually-hidden">{countLabel(tag.count)}</span>
              </span>
              <span className="bar" aria-hidden="true">
                <span style={{ width: `${(tag.count / max) * 100}%` }} />
              </span>
            </li>
          ))}
        </ol>
      )}
      <SourceLine sources={[{ label: 'Published newsletter items' }]} />
    </section>
  );
}

/** The signed-in organisation's sites in this state (a client's own exposure). */
function OrgSites({ code }: { code: string }) {
  const t = useMessages(messages);
  const org = useMyOrg();
  if (!org || org.kind !== 'client') return null;
  const sites = org.sites.filter((site) => site.state === code);
  return (
    <section className="panel" aria-labelledby="profile-sites">
      <h2 id="profile-sites">{t('yourSites', { org: org.name })}</h2>
      {sites.length === 0 ? (
        <p className="empty">{t('noSites')}</p>
      ) : (
        <ul className="profile-sites">
          {sites.map((site) => (
            <li key={site.id}>
              {site.name}
              {site.type ? <span className="meta"> · {t(`site_${site.type}`)}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
