import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { DashboardPage } from '../dashboard/DashboardPage.tsx';
import { useDateTime } from '../views/format.ts';
import { messages } from './messages.ts';
import { ShareProvider, type SharedView } from './share-context.tsx';
import './share.css';

const GONE_STATUSES = new Set([401, 403, 404, 410, 429]);

/** Whether a failed request means the link itself is unusable (expired, revoked, unknown), not a passing fault. */
export function isGoneError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const data = (error as { data?: { httpStatus?: unknown; code?: unknown } | null }).data;
  if (typeof data?.httpStatus === 'number' && GONE_STATUSES.has(data.httpStatus)) return true;
  if (data?.code === 'UNAUTHORIZED' || data?.code === 'FORBIDDEN') return true;
  // The server answers a dead token before tRPC sees it, so the status is all the client gets.
  const response = (error as { meta?: { response?: { status?: unknown } } }).meta?.response;
  return typeof response?.status === 'number' && GONE_STATUSES.has(response.status);
}

/** The plain dead-end page of a share link that no longer works: no data, nothing to click. */
export function InvalidLink() {
  const t = useMessages(messages);
  return (
    <main id="main" className="share-invalid">
      <h1>{t('invalidTitle')}</h1>
      <p>{t('invalidBody')}</p>
    </main>
  );
}

/**
 * Opens the share link of the current path (every request carries its token, lib/trpc.ts) and renders
 * `children` frozen to its view; a dead link gets the plain invalid page. Used by `/s/:token` and its
 * briefing mode.
 */
export function ShareGate({ children }: { children: (view: SharedView) => ReactNode }) {
  const t = useMessages(messages);
  const trpc = useTRPC();
  // A dead link fails at once, so no retries.
  const info = useQuery(trpc.share.info.queryOptions(undefined, { retry: false, staleTime: Infinity }));
  if (info.isPending) {
    return (
      <p className="loading layout" role="status">
        {t('loading')}
      </p>
    );
  }
  if (info.isError) {
    if (isGoneError(info.error)) return <InvalidLink />;
    return (
      <main id="main" className="share-invalid">
        <p className="error" role="alert">
          {t('failed', { reason: info.error.message })}
        </p>
        <button type="button" onClick={() => void info.refetch()}>
          {t('retry')}
        </button>
      </main>
    );
  }
  const { filter, viewName, expiresAt } = info.data;
  return (
    <ShareProvider filter={filter} viewName={viewName} expiresAt={expiresAt}>
      {children(info.data)}
    </ShareProvider>
  );
}

/** `/s/:token`: the dashboard frozen to one saved view's filter, read-only, for whoever holds the link. */
export function SharedPage() {
  const t = useMessages(messages);
  const when = useDateTime();
  return (
    <ShareGate>
      {({ viewName, expiresAt }) => (
        <>
          {/* In a landmark of its own (between the top bar and the dashboard's main), so a screen reader's landmark list reaches it. */}
          <aside aria-label={t('bannerLabel')}>
            <p className="share-banner" role="note" aria-label={t('bannerLabel')}>
              {t('banner', { name: viewName ?? t('untitled'), date: when.date(expiresAt) })}
            </p>
          </aside>
          {/* The dashboard's Present button and Export links stay within the link (features/present, features/exports). */}
          <DashboardPage />
        </>
      )}
    </ShareGate>
  );
}
