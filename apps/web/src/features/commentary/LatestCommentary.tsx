import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DemoTag } from '../../app/DemoTag.tsx';
import { LoadError } from '../../app/QueryState.tsx';
import { useFormat, useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { paragraphs } from '../items/figures.ts';
import { messages } from './messages.ts';

/** The partner's commentary from the latest published edition, with its date, author and a link to the edition. */
export function LatestCommentary() {
  const t = useMessages(messages);
  const fmt = useFormat();
  const trpc = useTRPC();
  const query = useQuery(trpc.editions.latestCommentary.queryOptions());
  return (
    <section className="panel commentary" aria-labelledby="commentary-heading">
      <h2 id="commentary-heading">{t('title')}</h2>
      {query.isPending ? (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      ) : query.isError ? (
        <LoadError onRetry={() => void query.refetch()}>{t('error', { reason: query.error.message })}</LoadError>
      ) : query.data ? (
        <article>
          <p className="meta">
            {query.data.author ? `${query.data.author} · ` : ''}
            <time dateTime={query.data.publishedOn}>{fmt.date(query.data.publishedOn)}</time>
            {query.data.demo ? (
              <>
                {' · '}
                <DemoTag />
              </>
            ) : null}
          </p>
          {paragraphs(query.data.commentary).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
          <p className="meta">
            {t('from')} <Link to={`/editions/${query.data.editionId}`}>{query.data.title}</Link>
          </p>
        </article>
      ) : (
        <p className="empty">{t('empty')}</p>
      )}
    </section>
  );
}
