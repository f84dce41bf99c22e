import { scopeLabel, sitesByLevel } from '@atalaya/domain';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QueryState } from '../../app/QueryState.tsx';
import { ScrollTable } from '../../app/ScrollTable.tsx';
import { useFormat, useLang, useMessages, type Lang } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { DemoTag } from '../../app/DemoTag.tsx';
import { statesHref } from '../exposure/model.ts';
import { levelColors, levelName } from '../rating/labels.ts';
import type { Portfolio, PortfolioOrg } from '../exposure/types.ts';
import '../exposure/exposure.css';
import '../rating/rating.css';
import { messages } from './messages.ts';

const LEVELS = [5, 4, 3, 2, 1] as const;

/** The organisation's sites by level: a bar of the levels' colours for the eye, and the counts in words. */
function LevelMix({ org, lang }: { org: PortfolioOrg; lang: Lang }) {
  const t = useMessages(messages);
  if (org.sites === 0) return <span className="hint">{t('noSites')}</span>;
  const parts = [
    ...LEVELS.map((level) => ({ key: String(level), n: org.byLevel[level] ?? 0, color: levelColors(level).background })),
    { key: 'none', n: org.notRated, color: levelColors(null).background },
  ].filter((p) => p.n > 0);
  return (
    <>
      <span className="level-bar" aria-hidden="true">
        {parts.map((p) => (
          <span key={p.key} style={{ width: `${(100 * p.n) / org.sites}%`, background: p.color }} />
        ))}
      </span>
      <span className="level-counts">{sitesByLevel(org, lang)}</span>
    </>
  );
}

function PortfolioTable({ data }: { data: Portfolio }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { lang } = useLang();
  const level = (n: number) => levelName(n, lang);
  return (
    <ScrollTable className="portfolio-table" caption={<caption>{t('caption')}</caption>} columns={[t('colOrg'), t('colLevels'), t('colRaised'), t('colChanges'), t('colItems')]}>
      {data.orgs.map((org) => (
        <tr key={org.id}>
          <th scope="row">
            <Link to={`/exposure?org=${org.id}`} aria-label={t('openExposure', { org: org.name })}>
              {org.name}
            </Link>
          </th>
          <td>
            <LevelMix org={org} lang={lang} />
          </td>
          <td className={org.raisedSites ? 'count-strong move-up' : undefined}>{t('raisedLowered', { raised: org.raisedSites, lowered: org.loweredSites })}</td>
          <td>
            {org.changes.length ? (
              <ul className="change-list">
                {org.changes.map((c, i) => {
                  const vars = { place: scopeLabel(c.scope), to: level(c.to), date: fmt.date(c.effectiveOn) };
                  return (
                    <li key={`${c.scope}-${i}`}>
                      {c.from === null ? t('firstRating', vars) : t('change', { ...vars, from: level(c.from) })}
                      {c.demo ? <DemoTag /> : null}
                    </li>
                  );
                })}
              </ul>
            ) : (
              <span className="hint">{t('noChanges')}</span>
            )}
          </td>
          <td>
            {org.states.length ? (
              <Link to={statesHref(org.states, data.week)} aria-label={t('itemsLinkLabel', { n: org.newItems, org: org.name })}>
                {t('itemsLink', { n: org.newItems })}
              </Link>
            ) : (
              '—'
            )}
          </td>
        </tr>
      ))}
    </ScrollTable>
  );
}

/** `/portfolio` (account managers, admins): every client organisation, the most affected by this week's changes first. */
export function PortfolioPage() {
  const t = useMessages(messages);
  const fmt = useFormat();
  const trpc = useTRPC();
  const portfolio = useQuery(trpc.portfolio.get.queryOptions({}));
  return (
    <main id="main" className="layout layout-wide portfolio-page">
      <header>
        <h1>{t('title')}</h1>
        <p className="hint">{t('intro')}</p>
      </header>
      <QueryState query={portfolio} what={t('portfolio')}>
        {(data) => (
          <section className="panel" aria-label={t('caption')}>
            <p>{t('week', { from: fmt.date(data.week.from), to: fmt.date(data.week.to) })}</p>
            <p className="hint">{t('order')}</p>
            {data.orgs.length ? <PortfolioTable data={data} /> : <p className="empty">{t('empty')}</p>}
          </section>
        )}
      </QueryState>
    </main>
  );
}
