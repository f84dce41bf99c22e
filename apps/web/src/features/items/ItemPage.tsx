import { skipToken, useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { LoadError } from '../../app/QueryState.tsx';
import { useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { BackLink } from './BackLink.tsx';
import { parseId } from './figures.ts';
import { ItemView } from './ItemView.tsx';
import { messages } from './messages.ts';
import { isNotFound, NotFoundPanel, retryUnlessNotFound } from './not-found.tsx';
import './items.css';

/** /items/:id — one published item with its citation, tags and figures. */
export function ItemPage() {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const id = parseId(useParams().id);
  const query = useQuery(trpc.items.byId.queryOptions(id === null ? skipToken : { id }, { retry: retryUnlessNotFound }));

  useEffect(() => {
    // The router keeps the window's scroll position between pages; an item is read from its top.
    window.scrollTo(0, 0);
  }, [id]);
  const headline = query.data?.headline;
  useEffect(() => {
    if (!headline) return;
    const previous = document.title;
    document.title = `${headline} · Atalaya`;
    return () => {
      document.title = previous;
    };
  }, [headline]);

  let body: ReactNode;
  if (id === null || (query.isError && isNotFound(query.error))) {
    body = <NotFoundPanel title={t('notFoundTitle')} message={t('notFound')} />;
  } else if (query.isPending) {
    body = (
      <section className="panel item-detail item-loading" role="status" aria-busy="true">
        <span className="visually-hidden">{t('loading')}</span>
        <div className="skeleton skeleton-title" aria-hidden="true" />
        <div className="skeleton" aria-hidden="true" />
        <div className="skeleton" aria-hidden="true" />
        <div className="skeleton skeleton-short" aria-hidden="true" />
      </section>
    );
  } else if (query.isError) {
    body = (
      <LoadError as="section" className="panel error" onRetry={() => void query.refetch()}>
        {t('error', { reason: query.error.message })}
      </LoadError>
    );
  } else {
    body = <ItemView item={query.data} />;
  }

  return (
    <main id="main" className="layout item-page">
      <nav className="breadcrumbs" aria-label={t('back')}>
        <BackLink fallback="/" fallbackLabel={t('toDashboard')} />
      </nav>
      {body}
    </main>
  );
}
