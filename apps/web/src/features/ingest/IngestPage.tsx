import type { ImportResult } from '@atalaya/api';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { EditionList } from './EditionList.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { noticeFrom, noticeText, type NoticeState } from './location-notice.ts';
import { messages } from './messages.ts';

/** /admin/ingest — import a newsletter, then pick an edition to review. */
export function IngestPage() {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notice = noticeFrom(useLocation().state);

  const openEdition = (result: ImportResult) => {
    void queryClient.invalidateQueries(trpc.review.list.queryFilter());
    const state: NoticeState | null = result.kind === 'duplicate' ? { notice: { kind: 'duplicate' } } : null;
    void navigate(`/admin/ingest/${result.editionId}`, { state });
  };

  return (
    <main id="main" className="layout">
      <h1>{t('pageTitle')}</h1>
      {notice ? (
        <p className="notice" role="status">
          {noticeText(notice, t)}
        </p>
      ) : null}
      <ImportPanel onImported={openEdition} />
      <EditionList />
    </main>
  );
}
