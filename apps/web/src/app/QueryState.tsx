import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

/** Loading, error (with a retry button) and data states of one query, the same everywhere. */
export function QueryState<T>({
  query,
  what,
  children,
}: {
  query: UseQueryResult<T, { message: string }>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return (
      <p className="loading" role="status">
        Loading {what}…
      </p>
    );
  }
  if (query.isError) {
    return (
      <div className="error" role="alert">
        <p>
          Could not load {what}: {query.error.message}
        </p>
        <button type="button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  return <>{children(query.data)}</>;
}
