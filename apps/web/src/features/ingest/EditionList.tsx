import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../app/QueryState.tsx';
import { ScrollTable } from '../../app/ScrollTable.tsx';
import { useFormat, useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { messages } from './messages.ts';
import type { DraftSummary } from './types.ts';

/** The imported editions as a table, drafts first (the order the API returns). */
export function EditionTable({ editions }: { editions: readonly DraftSummary[] }) {
  const t = useMessages(messages);
  const format = useFormat();
  // An import time, not a calendar day: shown in the reader's time zone, with the hour.
  const importedFormat = useMemo(() => new Intl.DateTimeFormat(format.locale, { dateStyle: 'medium', timeStyle: 'short' }), [format.locale]);
  if (editions.length === 0) return <p className="empty">{t('noEditions')}</p>;
  return (
    <ScrollTable className="editions-table" columns={[t('colTitle'), t('colStatus'), t('colItems'), t('colAwaiting'), t('colImported')]}>
      {editions.map((e) => (
        <tr key={e.id}>
          <th scope="row">
            <Link to={`/admin/ingest/${e.id}`}>{e.title}</Link>
            {e.sourceName ? <span className="meta"> · {e.sourceName}</span> : null}
          </th>
          <td>
            <span className={`badge badge-${e.status}`}>{e.status === 'draft' ? t('draft') : t('published')}</span>
          </td>
          <td>{format.number(e.itemCount)}</td>
          <td>{format.number(e.proposedMetrics)}</td>
          <td>
            <time dateTime={e.createdAt.toISOString()}>{importedFormat.format(e.createdAt)}</time>
          </td>
        </tr>
      ))}
    </ScrollTable>
  );
}

export function EditionList() {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const query = useQuery(trpc.review.list.queryOptions());
  return (
    <section className="panel" aria-labelledby="imported-heading">
      <h2 id="imported-heading">{t('importedHeading')}</h2>
      <QueryState query={query} what={t('importedWhat')}>
        {(editions) => <EditionTable editions={editions} />}
      </QueryState>
    </section>
  );
}
