import { useQuery } from '@tanstack/react-query';
import { LoadError } from '../../app/QueryState.tsx';
import { useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { EditionsTable } from './EditionsTable.tsx';
import { messages } from './messages.ts';
import '../items/items.css';
import './editions.css';

/** /editions — the newsletter archive. */
export function EditionsPage() {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const query = useQuery(trpc.editions.list.queryOptions());
  return (
    <main id="main" className="layout edition-page">
      <section className="panel" aria-labelledby="archive-heading">
        <h1 id="archive-heading" className="page-title">
          {t('archiveTitle')}
        </h1>
        <p className="hint">{t('archiveIntro')}</p>
        {query.isPending ? (
          <div role="status" aria-busy="true">
            <span className="visually-hidden">{t('loadingList')}</span>
            {Array.from({ length: 7 }, (_, i) => (
              <div key={i} className="skeleton" aria-hidden="true" />
            ))}
          </div>
        ) : query.isError ? (
          <LoadError onRetry={() => void query.refetch()}>{t('error', { reason: query.error.message })}</LoadError>
        ) : (
          <EditionsTable editions={query.data} />
        )}
      </section>
    </main>
  );
}
