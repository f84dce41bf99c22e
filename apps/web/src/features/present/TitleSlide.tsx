import type { Commentary } from '@atalaya/api';
import type { Filter } from '@atalaya/domain';
import { useFormat, useMessages } from '../../i18n/index.tsx';
import { paragraphs } from '../items/figures.ts';
import { useShare } from '../share/share-context.tsx';
import { FilterSummary } from '../views/FilterSummary.tsx';
import { messages } from './messages.ts';

/**
 * The opening slide: what the briefing covers (the shared view's name, the filter in words, how many
 * items), then the partner's latest commentary with its author and date.
 */
export function TitleSlide({ itemCount, commentary, filter }: { itemCount: number; commentary: Commentary | null; filter: Filter }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const share = useShare();
  return (
    <div className="slide-title">
      <header className="slide-head">
        <p className="slide-kicker">{t('titleKicker')}</p>
        <h2>{share?.viewName ?? t('titleSlide')}</h2>
        <p className="slide-scope">
          <FilterSummary filter={filter} />
        </p>
      </header>
      {itemCount === 0 ? (
        <div className="slide-empty">
          <p>{t('noItems')}</p>
          <p className="slide-hint">{t('noItemsHint')}</p>
        </div>
      ) : (
        <p className="slide-count">{t(itemCount === 1 ? 'itemCount_one' : 'itemCount_other', { n: fmt.number(itemCount) })}</p>
      )}
      {commentary ? (
        <figure className="slide-commentary">
          <figcaption>
            <strong>{t('commentary')}</strong>{' '}
            <span className="slide-meta">
              {commentary.author ? `${commentary.author} · ` : ''}
              <time dateTime={commentary.publishedOn}>{fmt.date(commentary.publishedOn)}</time>
            </span>
          </figcaption>
          <blockquote>
            {paragraphs(commentary.commentary).map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </blockquote>
          <p className="slide-meta">{t('commentaryFrom', { edition: commentary.title })}</p>
        </figure>
      ) : (
        <p className="slide-meta">{t('noCommentary')}</p>
      )}
    </div>
  );
}
