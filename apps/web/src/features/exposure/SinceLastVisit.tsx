import { riskCategoryInfo, scopeLabel } from '@atalaya/domain';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../app/QueryState.tsx';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { scopeName } from '../states/state-names.ts';
import { DemoTag } from '../../app/DemoTag.tsx';
import { levelName } from '../rating/labels.ts';
import { messages } from './messages.ts';
import type { SinceLastVisit as Since } from './types.ts';

/** Level changes and items listed before "and N more": the panel summarises; the ratings and the dashboard have the rest. */
const SHOWN = 10;

/** "Since your last visit": editions, level changes and items about the organisation's places since the previous visit. */
export function SinceLastVisit({ orgId }: { orgId: number }) {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const headingId = useId();
  const since = useQuery(trpc.exposure.sinceLastVisit.queryOptions({ orgId }));
  return (
    <section className="panel since-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sinceHeading')}</h2>
      <QueryState query={since} what={t('since')}>
        {(data) => <SinceLists data={data} />}
      </QueryState>
    </section>
  );
}

function SinceLists({ data }: { data: Since }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { lang, locale } = useLang();
  const time = data.previousVisit ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(data.previousVisit) : null;
  const level = (n: number) => levelName(n, lang);
  const more = (shown: number, total: number) => (total > shown ? <p className="hint">{t('andMore', { n: total - shown })}</p> : null);
  const empty = data.editions.length === 0 && data.levelChanges.length === 0 && data.items.length === 0;
  return (
    <>
      <p className="hint">{time ? t('sinceVisit', { time }) : t('sinceFirst')}</p>
      {empty ? <p className="empty">{t('sinceNothing')}</p> : null}
      {data.levelChanges.length ? (
        <>
          <h3>{t('levelChanges')}</h3>
          <ul className="since-list">
            {data.levelChanges.slice(0, SHOWN).map((c) => {
              const vars = { place: scopeLabel(c.scope), category: riskCategoryInfo(c.category)?.[lang] ?? c.category, to: level(c.to), date: fmt.date(c.effectiveOn) };
              return (
                <li key={c.id}>
                  {c.from === null ? t('firstRating', vars) : t('levelChange', { ...vars, from: level(c.from) })}
                  {c.demo ? <DemoTag /> : null}
                  {c.sites.length ? <span className="level-from">{t('affects', { sites: c.sites.join(', ') })}</span> : null}
                </li>
              );
            })}
          </ul>
          {more(Math.min(SHOWN, data.levelChanges.length), data.levelChangesTotal)}
        </>
      ) : null}
      {data.editions.length ? (
        <>
          <h3>{t('newEditions')}</h3>
          <ul className="since-list">
            {data.editions.map((e) => (
              <li key={e.id}>
                <Link to={`/editions/${e.id}`}>{e.title}</Link>
                {e.publishedOn ? ` (${fmt.date(e.publishedOn)})` : ''}: {e.items === 1 ? t('editionItem') : t('editionItems', { n: e.items })}
                {e.demo ? <DemoTag /> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {data.items.length ? (
        <>
          <h3>{t('newItems')}</h3>
          <ul className="since-list">
            {data.items.slice(0, SHOWN).map((i) => (
              <li key={i.id}>
                <Link to={`/items/${i.id}`}>{i.headline}</Link>{' '}
                <span className="citation">
                  ({fmt.date(i.date)} · {i.places.map((p) => scopeName(p, lang)).join(', ')})
                </span>
              </li>
            ))}
          </ul>
          {more(Math.min(SHOWN, data.items.length), data.itemsTotal)}
        </>
      ) : null}
    </>
  );
}
