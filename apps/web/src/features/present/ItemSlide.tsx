import type { ItemSummary } from '@atalaya/api';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { isStateCode, placeLabel } from '../../lib/places.ts';
import { paragraphs } from '../items/figures.ts';
import { TopicChips } from '../items/TopicChips.tsx';
import { messages } from './messages.ts';

/** The citation line as the newsletter prints it: outlet, date, author, and the title in its original language. */
export function Citation({ item }: { item: ItemSummary }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <p className="slide-citation">
      <span className="slide-citation-label">{t('source')}:</span> {item.outlet ?? t('unknownOutlet')} ·{' '}
      <time dateTime={item.date}>{fmt.date(item.date)}</time>
      {item.articleAuthor ? ` · ${item.articleAuthor}` : ''}
      {item.originalTitle ? (
        <>
          {' · '}
          <cite lang={item.language}>“{item.originalTitle}”</cite>
        </>
      ) : null}
    </p>
  );
}

/** One of the filter's latest items: headline, summary, citation, and its states, topics and organisations. */
export function ItemSlide({ item, rank, of }: { item: ItemSummary; rank: number; of: number }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  // States only: national scope and foreign countries say little on a map of Mexico's states.
  const states = item.places.filter(isStateCode);
  const hasTags = states.length + item.topics.length + item.organizations.length > 0;
  return (
    <article className="slide-item">
      <header className="slide-head">
        <p className="slide-kicker">{t('itemKicker', { n: rank, total: of })}</p>
        <h2>{item.headline}</h2>
      </header>
      <div className="slide-body">
        {paragraphs(item.summary).map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
      <Citation item={item} />
      {hasTags ? (
        <ul className="chips slide-chips" aria-label={t('tags')}>
          {states.map((code) => (
            <li key={code} className="chip chip-place">
              {placeLabel(code, lang)}
            </li>
          ))}
          <TopicChips topics={item.topics} />
          {item.organizations.map((org) => (
            <li key={org.slug} className="chip chip-org">
              {org.label[lang]}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
