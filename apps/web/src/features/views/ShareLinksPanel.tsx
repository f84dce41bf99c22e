import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryState } from '../../app/QueryState.tsx';
import { ScrollTable } from '../../app/ScrollTable.tsx';
import { useFormat, useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { CreateShareLinkDialog } from './CreateShareLinkDialog.tsx';
import { ConfirmDialog } from './Dialog.tsx';
import { shortHash, useDateTime } from './format.ts';
import { messages } from './messages.ts';
import type { SavedView, ShareLink } from './types.ts';

/** A view's share links: create one, see each link's state and opens, revoke. For account managers and admins. */
export function ShareLinksPanel({ view, origin }: { view: SavedView; origin?: string }) {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const links = useQuery(trpc.views.shareLinks.queryOptions({ viewId: view.id }));
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ShareLink | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const revoke = useMutation(
    trpc.views.revokeShare.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.views.shareLinks.queryKey({ viewId: view.id }) });
        setRevoking(null);
        setAnnouncement(t('revoked'));
      },
    }),
  );
  const startRevoke = (link: ShareLink) => {
    revoke.reset();
    setAnnouncement('');
    setRevoking(link);
  };
  const headingId = `share-links-${view.id}`;
  const forbidden = links.error?.data?.code === 'FORBIDDEN';

  return (
    <section className="share-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('shareLinksOf', { name: view.name })}</h3>
      {forbidden ? (
        <p className="notice">{t('noManage')}</p>
      ) : (
        <>
          <p className="hint">{t('shareIntro')}</p>
          <div>
            <button type="button" onClick={() => setCreating(true)} aria-haspopup="dialog">
              {t('createLink')}
            </button>
          </div>
          <p role="status" className="hint">
            {announcement}
          </p>
          <QueryState query={links} what={t('links')}>
            {(rows) => (rows.length ? <LinksTable links={rows} onRevoke={startRevoke} /> : <p className="empty">{t('noLinks')}</p>)}
          </QueryState>
        </>
      )}
      {creating ? <CreateShareLinkDialog view={view} onClose={() => setCreating(false)} {...(origin ? { origin } : {})} /> : null}
      {revoking ? (
        <ConfirmDialog
          title={t('revokeTitle')}
          body={t('revokeBody')}
          confirmLabel={t('revoke')}
          cancelLabel={t('cancel')}
          pendingLabel={t('revoking')}
          pending={revoke.isPending}
          error={revoke.error ? t('failed', { reason: revoke.error.message }) : null}
          onConfirm={() => revoke.mutate({ id: revoking.id })}
          onCancel={() => setRevoking(null)}
        />
      ) : null}
    </section>
  );
}

function LinksTable({ links, onRevoke }: { links: ShareLink[]; onRevoke: (link: ShareLink) => void }) {
  const t = useMessages(messages);
  const when = useDateTime();
  return (
    <ScrollTable columns={[t('state'), t('created'), t('expires'), t('noteHeader'), t('createdBy'), t('opens'), <span className="visually-hidden">{t('revoke')}</span>]}>
      {links.map((link) => (
        <tr key={link.id}>
          <td>
            <span className={`link-state link-state-${link.state}`}>{t(`state_${link.state}`)}</span>
          </td>
          <td className="nowrap">{when.dateTime(link.createdAt)}</td>
          <td className="nowrap">
            <time dateTime={when.iso(link.expiresAt)}>{when.dateTime(link.expiresAt)}</time>
          </td>
          <td>{link.note ?? '—'}</td>
          <td>{link.createdBy}</td>
          <td>
            <Opens link={link} />
          </td>
          <td>
            {link.state === 'active' ? (
              <button type="button" className="danger" onClick={() => onRevoke(link)} aria-label={t('revokeLabel', { label: link.note ?? t('linkLabel', { date: when.dateTime(link.createdAt) }) })}>
                {t('revoke')}
              </button>
            ) : null}
          </td>
        </tr>
      ))}
    </ScrollTable>
  );
}

/** How many times a link was opened; expanded, its opens newest first, a page at a time. */
function Opens({ link }: { link: ShareLink }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [expanded, setExpanded] = useState(false);
  if (!link.openCount) return <span className="hint">{t('noOpens')}</span>;
  return (
    // Controlled, so the first page is asked for only once someone looks.
    <details className="opens" open={expanded}>
      <summary
        onClick={(event) => {
          event.preventDefault();
          setExpanded((was) => !was);
        }}
      >
        {link.openCount === 1 ? t('oneOpen') : t('openCount', { n: fmt.number(link.openCount) })}
      </summary>
      {expanded ? <OpenList linkId={link.id} total={link.openCount} /> : null}
    </details>
  );
}

function OpenList({ linkId, total }: { linkId: number; total: number }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const when = useDateTime();
  const trpc = useTRPC();
  const opens = useInfiniteQuery(trpc.views.shareOpens.infiniteQueryOptions({ linkId }, { getNextPageParam: (page) => page.nextCursor ?? undefined }));
  return (
    <QueryState query={opens} what={t('opens')}>
      {(data) => {
        const shown = data.pages.flatMap((page) => page.opens);
        return (
          <>
            <ol className="open-list">
              {shown.map((open) => (
                <li key={open.id}>
                  <span className="nowrap">
                    <span className="visually-hidden">{t('openedAt')}: </span>
                    <time dateTime={when.iso(open.at)}>{when.dateTime(open.at)}</time>
                  </span>{' '}
                  · <span className="visually-hidden">{t('ipHash')}: </span>
                  <code>{shortHash(open.ipHash) ?? t('unknown')}</code>
                  <br />
                  <span className="visually-hidden">{t('userAgent')}: </span>
                  <span className="ua">{open.userAgent ?? t('unknown')}</span>
                </li>
              ))}
            </ol>
            {opens.hasNextPage ? (
              <div className="open-more">
                <span className="hint" aria-live="polite">
                  {t('opensShown', { shown: fmt.number(shown.length), total: fmt.number(Math.max(total, shown.length)) })}
                </span>{' '}
                <button type="button" onClick={() => void opens.fetchNextPage()} disabled={opens.isFetchingNextPage}>
                  {opens.isFetchingNextPage ? t('loadingMore') : t('loadMore')}
                </button>
              </div>
            ) : null}
            {opens.isFetchNextPageError ? <p className="error" role="alert">{t('failed', { reason: opens.error?.message ?? '' })}</p> : null}
          </>
        );
      }}
    </QueryState>
  );
}
