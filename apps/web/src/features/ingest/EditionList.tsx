import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QueryState } from '../../app/QueryState.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import type { DraftSummary } from './types.ts';

const importedFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** The imported editions as a table, drafts first (the order the API returns). */
export function EditionTable({ editions }: { editions: readonly DraftSummary[] }) {
  if (editions.length === 0) return <p className="empty">No newsletters have been imported yet.</p>;
  return (
    <div className="table-scroll">
      <table className="editions-table">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            <th scope="col">Items</th>
            <th scope="col">Figures awaiting review</th>
            <th scope="col">Imported</th>
          </tr>
        </thead>
        <tbody>
          {editions.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                <Link to={`/admin/ingest/${e.id}`}>{e.title}</Link>
                {e.sourceName ? <span className="meta"> · {e.sourceName}</span> : null}
              </th>
              <td>
                <span className={`badge badge-${e.status}`}>{e.status === 'draft' ? 'Draft' : 'Published'}</span>
              </td>
              <td>{e.itemCount}</td>
              <td>{e.proposedMetrics}</td>
              <td>
                <time dateTime={e.createdAt.toISOString()}>{importedFormat.format(e.createdAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function EditionList() {
  const trpc = useTRPC();
  const query = useQuery(trpc.review.list.queryOptions());
  return (
    <section className="panel" aria-labelledby="imported-heading">
      <h2 id="imported-heading">Imported editions</h2>
      <QueryState query={query} what="the imported editions">
        {(editions) => <EditionTable editions={editions} />}
      </QueryState>
    </section>
  );
}
