import type { EditionDetail } from '@atalaya/api';
import { Link } from 'react-router';
import { DemoTag } from '../../app/DemoTag.tsx';
import { useFormat, useMessages } from '../../i18n/index.tsx';
import { paragraphs, safeUrl } from '../items/figures.ts';
import { messages } from './messages.ts';

/** One edition as it was published: title, date and author, the commentary, then its items in order with their citations. */
export function EditionView({ edition }: { edition: EditionDetail }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const commentary = paragraphs(edition.commentary);
  const backTo = `/editions/${edition.id}`;
  return (
    <article className="panel edition-detail" aria-labelledby="edition-title">
      <header>
        <h1 id="edition-title" className="page-title">
          {edition.title}
        </h1>
        <p className="meta">
          <time dateTime={edition.publishedOn}>{fmt.date(edition.publishedOn)}</time>
          {edition.author ? ` · ${t('by', { author: edition.author })}` : ''}
        </p>
        {edition.demo ? <DemoTag explained /> : null}
      </header>

      <section aria-labelledby="edition-commentary" className="edition-commentary">
        <h2 id="edition-commentary">{t('commentary')}</h2>
        {commentary.length > 0 ? commentary.map((p, i) => <p key={i}>{p}</p>) : <p className="empty">{t('noCommentary')}</p>}
      </section>

      <section aria-labelledby="edition-items">
        <h2 id="edition-items">{t('items')}</h2>
        {edition.items.length === 0 ? (
          <p className="empty">{t('noItems')}</p>
        ) : (
          <ol className="edition-items">
            {edition.items.map((item) => {
              const url = safeUrl(item.url);
              return (
                <li key={item.id} className="edition-item">
                  <article aria-labelledby={`edition-item-${item.id}`}>
                    <h3 id={`edition-item-${item.id}`}>
                      <Link to={`/items/${item.id}`} state={{ from: backTo }}>
                        {item.headline}
                      </Link>
                    </h3>
                    {paragraphs(item.summary).map((p, i) => (
                      <p key={i} className="summary">
                        {p}
                      </p>
                    ))}
                    <p className="citation">
                      {item.outlet ?? t('unknownOutlet')}, <time dateTime={item.date}>{fmt.date(item.date)}</time>
                      {item.articleAuthor ? `, ${item.articleAuthor}` : ''}
                      {item.originalTitle ? (
                        <>
                          {': “'}
                          <cite lang={item.language}>{item.originalTitle}</cite>
                          {'”'}
                        </>
                      ) : null}
                      {url ? (
                        <>
                          {' · '}
                          <a href={url} target="_blank" rel="noopener noreferrer">
                            {t('readOriginal')}
                            <span className="visually-hidden"> {t('newTab')}</span>
                          </a>
                        </>
                      ) : null}
                    </p>
                  </article>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </article>
  );
}
