import { skipToken, useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { LoadError } from '../../app/QueryState.tsx';
import { useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { BackLink } from '../items/BackLink.tsx';
import { parseId } from '../items/figures.ts';
import { isNotFound, NotFoundPanel, retryUnlessNotFound } from '../items/not-found.tsx';
import { EditionView } from './EditionView.tsx';
import { messages } from './messages.ts';
import '../items/items.css';
import './editions.css';

/** /editions/:id — one edition as it was published. */
export function EditionPage() {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const id = parseId(useParams().id);
  const query = useQuery(trpc.editions.byId.queryOptions(id === null ? skipToken : { id }, { retry: retryUnlessNotFound }));

  useEffect(() => {
    window.scrollTo(0, 0);
  }, [id]);

  let body: ReactNode;
  if (id === null || (query.isError && isNotFound(query.error))) {
    body = <NotFoundPanel title={t('notFoundTitle')} message={t('notFound')} />;
  } else if (query.isPending) {
    body = (
      <section className="panel" role="status" aria-busy="true">
        <span className="visually-hidden">{t('loading')}</span>
        <div className="skeleton skeleton-title" aria-hidden="true" />
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="skeleton" aria-hidden="true" />
        ))}
      </section>
    );
  } else if (query.isError) {
    body = (
      <LoadError as="section" className="panel error" onRetry={() => void query.refetch()}>
        {t('editionError', { reason: query.error.message })}
      </LoadError>
    );
  } else {
    body = <EditionView edition={query.data} />;
  }

  return (
    <main id="main" className="layout edition-page">
      <nav className="breadcrumbs" aria-label={t('allEditions')}>
        <BackLink fallback="/editions" fallbackLabel={t('allEditions')} />
      </nav>
      {body}
    </main>
  );
}
