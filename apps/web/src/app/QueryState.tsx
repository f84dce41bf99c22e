import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/index.tsx';
import { messages } from './messages.ts';

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
  const t = useMessages(messages);
  if (query.isPending) {
    return (
      <p className="loading" role="status">
        {t('loading', { what })}
      </p>
    );
  }
  if (query.isError) {
    return (
      <div className="error" role="alert">
        <p>{t('failed', { what, reason: query.error.message })}</p>
        <button type="button" onClick={() => void query.refetch()}>
          {t('retry')}
        </button>
      </div>
    );
  }
  return <>{children(query.data)}</>;
}
