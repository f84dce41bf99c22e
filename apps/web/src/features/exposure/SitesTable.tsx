import { localityByKey, riskCategoryInfo, SITE_TYPE_LABELS, stateLabel } from '@atalaya/domain';
import { Link } from 'react-router';
import { ScrollTable } from '../../app/ScrollTable.tsx';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { DemoTag } from '../../app/DemoTag.tsx';
import { levelName } from '../rating/labels.ts';
import { LevelBadge } from '../rating/LevelBadge.tsx';
import { messages } from './messages.ts';
import { itemsHref, levelMove } from './model.ts';
import type { ExposureData, ExposureSite } from './types.ts';

function Move({ now, before }: { now: number | null; before: number | null }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const move = levelMove(now, before);
  if (move.kind === 'unrated') return <>{t('unrated')}</>;
  if (move.kind === 'same') return <>{t('same')}</>;
  if (move.kind === 'new') return <>{t('newlyRated')}</>;
  const from = levelName(move.from, lang);
  // An arrow for the eye, the words for everyone.
  return (
    <span className={move.kind === 'up' ? 'move-up' : 'move-down'}>
      <span aria-hidden="true">{move.kind === 'up' ? '▲ ' : '▼ '}</span>
      {t(move.kind, { from })}
    </span>
  );
}

function ItemCounts({ site, windows }: { site: ExposureSite; windows: ExposureData['windows'] }) {
  const t = useMessages(messages);
  const state = stateLabel(site.state);
  const locality = site.locality ? localityByKey(site.locality)?.name : undefined;
  const counts = (place: { state: string; locality: string | null }, n: { days7: number; days30: number }, label: string) => (
    <>
      {label}:{' '}
      <Link to={itemsHref(place, windows.days7)} aria-label={`${t('itemsOf', { place: label })}: ${t('itemsLink7', { n: n.days7 })}`}>
        {t('itemsLink7', { n: n.days7 })}
      </Link>
      ,{' '}
      <Link to={itemsHref(place, windows.days30)} aria-label={`${t('itemsOf', { place: label })}: ${t('itemsLink30', { n: n.days30 })}`}>
        {t('itemsLink30', { n: n.days30 })}
      </Link>
    </>
  );
  return (
    <ul className="item-counts">
      <li>{counts({ state: site.state, locality: null }, site.items.state, state)}</li>
      {site.locality && site.items.locality && locality ? <li>{counts({ state: site.state, locality: site.locality }, site.items.locality, locality)}</li> : null}
    </ul>
  );
}

/** The organisation's sites, the most exposed first: level and where it comes from, its change, items, the US advisory. */
export function SitesTable({ data }: { data: ExposureData }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { lang } = useLang();
  const ratings = new Map(data.ratings.map((r) => [r.id, r]));
  const states = new Map(data.states.map((s) => [s.state, s]));
  return (
    <ScrollTable
      className="exposure-table"
      caption={<caption>{t('sitesCaption', { org: data.org.name })}</caption>}
      columns={[t('colSite'), t('colPlace'), t('colLevel'), t('col30'), t('col90'), t('colItems'), t('colAdvisory')]}
    >
      {data.sites.map((site) => {
        const rating = site.level ? ratings.get(site.level.ratingId) : undefined;
        const advisory = states.get(site.state)?.advisory ?? null;
        const locality = site.locality ? localityByKey(site.locality)?.name : undefined;
        return (
          <tr key={site.id}>
            <th scope="row">
              {site.name}
              {site.type ? <span className="site-type">{SITE_TYPE_LABELS[site.type][lang]}</span> : null}
            </th>
            <td>
              {locality ? `${locality}, ` : ''}
              <Link to={`/states/${site.state}`}>{stateLabel(site.state)}</Link>
            </td>
            <td>
              <LevelBadge level={site.level?.level ?? null} />
              {rating?.demo ? <DemoTag /> : null}
              <span className="level-from">{site.level ? t(site.level.from === 'locality' ? 'fromLocality' : 'fromState') : t('notRatedHint')}</span>
              {site.categories.length ? (
                <ul className="category-levels">
                  {site.categories.map((c) => (
                    <li key={c.category}>{t('categoryLevel', { category: riskCategoryInfo(c.category)?.[lang] ?? c.category, level: levelName(c.level, lang) })}</li>
                  ))}
                </ul>
              ) : null}
            </td>
            <td>
              <Move now={site.level?.level ?? null} before={site.before.days30} />
            </td>
            <td>
              <Move now={site.level?.level ?? null} before={site.before.days90} />
            </td>
            <td>
              <ItemCounts site={site} windows={data.windows} />
            </td>
            <td>
              {advisory ? (
                <>
                  {t('advisoryValue', { level: advisory.level, max: advisory.scaleMax, label: advisory.label })}
                  <span className="level-from">{t('advisoryAsOf', { date: fmt.date(advisory.asOf) })}</span>
                </>
              ) : (
                <span className="hint">{t('advisoryNone')}</span>
              )}
            </td>
          </tr>
        );
      })}
    </ScrollTable>
  );
}
