import type { ItemDetail } from '@atalaya/api';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DemoTag } from '../../app/DemoTag.tsx';
import { ScrollTable } from '../../app/ScrollTable.tsx';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { isStateCode, placeLabel } from '../../lib/places.ts';
import { figureLabel, formatPeriod, formatValue, paragraphs, safeUrl } from './figures.ts';
import { messages } from './messages.ts';

function TagList({ labels, empty }: { labels: Array<{ key: string; node: ReactNode }>; empty: string }) {
  if (labels.length === 0) return <span className="empty">{empty}</span>;
  return (
    <ul className="chips">
      {labels.map((l) => (
        <li key={l.key} className="chip">
          {l.node}
        </li>
      ))}
    </ul>
  );
}

/** One published item as clients read and cite it. */
export function ItemView({ item }: { item: ItemDetail }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { lang } = useLang();
  const url = safeUrl(item.url);
  const outlet = item.outlet ?? t('unknownOutlet');
  const languageName = t(`lang_${item.language}`);
  const citation = [outlet, fmt.date(item.date), item.articleAuthor].filter(Boolean).join(', ');

  return (
    <article className="panel item-detail" aria-labelledby="item-headline">
      <header className="item-header">
        <h1 id="item-headline">{item.headline}</h1>
        <p className="meta">
          <time dateTime={item.date}>{fmt.date(item.date)}</time> · {outlet}
        </p>
        {item.demo ? <DemoTag explained /> : null}
      </header>

      <section aria-label={t('summary')} className="item-summary">
        {paragraphs(item.summary).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </section>

      <section aria-labelledby="item-source" className="item-section">
        <h2 id="item-source">{t('source')}</h2>
        <dl className="item-facts">
          <dt>{t('outlet')}</dt>
          <dd>{outlet}</dd>
          <dt>{t('date')}</dt>
          <dd>
            <time dateTime={item.date}>{fmt.date(item.date)}</time>
          </dd>
          <dt>{t('author')}</dt>
          <dd>{item.articleAuthor ?? <span className="empty">{t('noAuthor')}</span>}</dd>
          {item.originalTitle ? (
            <>
              <dt>{t('originalTitle')}</dt>
              <dd>
                <cite lang={item.language}>{item.originalTitle}</cite> <span className="hint">({t('inLanguage', { language: languageName })})</span>
              </dd>
            </>
          ) : null}
          {url ? (
            <>
              <dt>{t('original')}</dt>
              <dd>
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {t('readOriginal')} <span className="visually-hidden">{t('newTab')}</span>
                </a>{' '}
                <span className="hint">{new URL(url).hostname.replace(/^www\./, '')}</span>
              </dd>
            </>
          ) : null}
        </dl>
        <p className="item-cite">
          {t('citeAs')}: {citation}
          {item.originalTitle ? (
            <>
              {', “'}
              <span lang={item.language}>{item.originalTitle}</span>
              {'”'}
            </>
          ) : null}
          {url ? `, ${url}` : ''}.
        </p>
      </section>

      <section aria-labelledby="item-tags" className="item-section">
        <h2 id="item-tags">{t('tags')}</h2>
        <dl className="item-facts">
          <dt>{t('places')}</dt>
          <dd>
            <TagList
              empty={t('none')}
              labels={item.places.map((code) => ({
                key: code,
                node: isStateCode(code) ? (
                  <Link to={`/states/${code}`} aria-label={t('stateProfile', { state: placeLabel(code, lang) })}>
                    {placeLabel(code, lang)}
                  </Link>
                ) : (
                  placeLabel(code, lang)
                ),
              }))}
            />
          </dd>
          <dt>{t('topics')}</dt>
          <dd>
            <TagList empty={t('none')} labels={item.topics.map((x) => ({ key: x.slug, node: x.label[lang] }))} />
          </dd>
          <dt>{t('organizations')}</dt>
          <dd>
            <TagList empty={t('none')} labels={item.organizations.map((x) => ({ key: x.slug, node: x.label[lang] }))} />
          </dd>
          <dt>{t('people')}</dt>
          <dd>
            <TagList empty={t('none')} labels={item.people.map((x) => ({ key: x.slug, node: x.label[lang] }))} />
          </dd>
        </dl>
      </section>

      <section aria-labelledby="item-figures" className="item-section">
        <h2 id="item-figures">{t('figures')}</h2>
        {item.observations.length === 0 ? (
          <p className="empty">{t('noFigures')}</p>
        ) : (
          <ScrollTable className="item-figures" caption={<caption className="hint">{t('figuresCaption')}</caption>} columns={[t('colFigure'), t('colValue'), t('colPlace'), t('colPeriod'), t('colSentence')]}>
            {item.observations.map((o) => (
              <tr key={o.id}>
                <th scope="row">{figureLabel(o.series, o.dimension, lang)}</th>
                <td className="nowrap num">{formatValue(o.value, o.unit, lang, fmt.number)}</td>
                <td>{placeLabel(o.place, lang)}</td>
                <td className="nowrap">{formatPeriod(o.periodStart, o.periodEnd, fmt)}</td>
                <td className="item-sentence">{o.text ? <q>{o.text}</q> : null}</td>
              </tr>
            ))}
          </ScrollTable>
        )}
      </section>

      <footer className="item-edition">
        {t('edition')}{' '}
        <Link to={`/editions/${item.edition.id}`}>{item.edition.title}</Link>
        {item.edition.publishedOn ? (
          <span className="meta">
            {' — '}
            {item.edition.author
              ? t('editionLine', { date: fmt.date(item.edition.publishedOn), author: item.edition.author })
              : fmt.date(item.edition.publishedOn)}
          </span>
        ) : null}
      </footer>
    </article>
  );
}
