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
    return <LoadError onRetry={() => void query.refetch()}>{t('failed', { what, reason: query.error.message })}</LoadError>;
  }
  return <>{children(query.data)}</>;
}

/**
 * A load that failed, as an alert: the reason (`children`), then a button that asks again
 * (left out when there is no `onRetry`).
 */
export function LoadError({
  children,
  onRetry,
  className = 'error',
  as: Box = 'div',
}: {
  children: ReactNode;
  onRetry?: (() => void) | undefined;
  className?: string;
  as?: 'div' | 'section';
}) {
  const t = useMessages(messages);
  return (
    <Box className={className} role="alert">
      <p>{children}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      ) : null}
    </Box>
  );
}
