import type { SessionUser } from '@atalaya/api';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryState } from '../../app/QueryState.tsx';
import { useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useSession } from '../auth/use-session.ts';
import { messages } from './messages.ts';
import type { SavedView } from './types.ts';
import { ViewCard } from './ViewCard.tsx';
import './views.css';

/**
 * Whether the user may manage a view's share links. Admins may for every view; an account manager
 * for the views of the client organisations assigned to them (the server has the last word).
 */
export function canShareView(user: Pick<SessionUser, 'role' | 'orgId'> | null, view: Pick<SavedView, 'orgId' | 'canManage'>): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  return user.role === 'account_manager' && view.canManage && view.orgId !== user.orgId;
}

/** `/views`: the saved views the user can see, to open, rename, delete and share. */
export function ViewsPage() {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const { user } = useSession();
  const views = useQuery(trpc.views.list.queryOptions({}));
  const [announcement, setAnnouncement] = useState('');
  return (
    <main id="main" className="layout views-page">
      <header>
        <h1>{t('title')}</h1>
        <p className="intro hint">{t('intro')}</p>
        <p role="status" className="hint announce">
          {announcement}
        </p>
      </header>
      <QueryState query={views} what={t('views')}>
        {(rows) =>
          rows.length ? (
            <ul className="view-list">
              {rows.map((view) => (
                <ViewCard key={view.id} view={view} canShare={canShareView(user, view)} onAnnounce={setAnnouncement} />
              ))}
            </ul>
          ) : (
            <p className="empty panel">{t('empty')}</p>
          )
        }
      </QueryState>
    </main>
  );
}
