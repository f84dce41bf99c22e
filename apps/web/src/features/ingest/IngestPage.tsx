import type { ImportResult } from '@atalaya/api';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { useTRPC } from '../../lib/trpc.ts';
import { EditionList } from './EditionList.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { noticeFrom, type NoticeState } from './location-notice.ts';

/** /admin/ingest — import a newsletter, then pick an edition to review. */
export function IngestPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notice = noticeFrom(useLocation().state);

  const openEdition = (result: ImportResult) => {
    void queryClient.invalidateQueries(trpc.review.list.queryFilter());
    const state: NoticeState | null = result.kind === 'duplicate' ? { notice: 'This document was already imported: here is the edition it became.' } : null;
    void navigate(`/admin/ingest/${result.editionId}`, { state });
  };

  return (
    <main id="main" className="layout">
      <h1>Import and review newsletters</h1>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <ImportPanel onImported={openEdition} />
      <EditionList />
    </main>
  );
}
