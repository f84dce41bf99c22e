import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { QueryState } from '../../app/QueryState.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { EditionForm, type EditionFormValues } from './EditionForm.tsx';
import { ItemCard, itemCardId } from './ItemCard.tsx';
import { noticeFrom, type NoticeState } from './location-notice.ts';
import { PublishPanel } from './PublishPanel.tsx';
import { scrollBehavior, scrollSpanIntoView, SourcePane } from './SourcePane.tsx';
import type { ReviewEdition } from './types.ts';
import { useReviewMutations } from './use-review-mutations.ts';
import { useSaveTracker } from './use-save-tracker.ts';

/** /admin/ingest/:id — review one imported edition beside its source text. */
export function ReviewPage() {
  const trpc = useTRPC();
  const id = Number(useParams()['id']);
  const valid = Number.isInteger(id) && id > 0;
  const query = useQuery(trpc.review.get.queryOptions({ id }, { enabled: valid }));
  return (
    <main id="main" className="layout layout-wide">
      <p className="breadcrumbs">
        <Link to="/admin/ingest">← Import and review</Link>
      </p>
      {valid ? (
        <QueryState query={query} what="the edition">
          {(edition) => <ReviewScreen edition={edition} />}
        </QueryState>
      ) : (
        <p className="error" role="alert">
          There is no edition at this address.
        </p>
      )}
    </main>
  );
}

function ReviewScreen({ edition }: { edition: ReviewEdition }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notice = noticeFrom(useLocation().state);
  const [selected, setSelected] = useState<number | null>(null);
  const sourceRef = useRef<HTMLPreElement>(null);
  const m = useReviewMutations();
  const editionSaves = useSaveTracker();
  const publish = useMutation(
    // Every cached screen may now show different items (the dashboard, the archive), so all of them refresh.
    trpc.review.publish.mutationOptions({ onSuccess: () => queryClient.invalidateQueries() }),
  );
  const deleteEdition = useMutation(
    trpc.review.deleteEdition.mutationOptions({
      onSuccess: async () => {
        queryClient.removeQueries(trpc.review.get.queryFilter({ id: edition.id }));
        await queryClient.invalidateQueries(trpc.review.list.queryFilter());
        void navigate('/admin/ingest', { state: { notice: `The draft “${edition.title}” was deleted.` } satisfies NoticeState });
      },
    }),
  );
  const draft = edition.status === 'draft';

  const saveEdition = (changes: Partial<EditionFormValues>) => {
    const { publishedOn, ...rest } = changes;
    return editionSaves.track(
      m.updateEdition.mutateAsync({ id: edition.id, ...rest, ...(publishedOn !== undefined ? { publishedOn: publishedOn === '' ? null : publishedOn } : {}) }),
    );
  };

  const selectFromSource = (itemId: number) => {
    setSelected(itemId);
    const card = document.getElementById(itemCardId(itemId));
    card?.scrollIntoView?.({ block: 'start', behavior: scrollBehavior() });
    card?.focus({ preventScroll: true });
  };
  const selectFromCard = (itemId: number) => {
    setSelected(itemId);
    scrollSpanIntoView(sourceRef.current, itemId);
  };

  const confirmDelete = () => {
    if (window.confirm(`Delete the draft “${edition.title}” and all its items? This cannot be undone.`)) deleteEdition.mutate({ id: edition.id });
  };

  return (
    <>
      <header className="review-header">
        <h1>
          Review: {edition.title} <span className={`badge badge-${edition.status}`}>{draft ? 'Draft' : 'Published'}</span>
        </h1>
        <p className="meta">
          {edition.sourceName ? `Imported from ${edition.sourceName}` : 'Imported document'} · {edition.items.length} items
        </p>
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
      </header>
      <EditionForm edition={edition} saveState={editionSaves.state} onSave={saveEdition} />
      <PublishPanel
        edition={edition}
        publishing={publish.isPending}
        deleting={deleteEdition.isPending}
        error={publish.error?.message ?? deleteEdition.error?.message ?? null}
        onPublish={() => publish.mutate({ id: edition.id })}
        onDelete={confirmDelete}
      />
      <div className="review-panes">
        <SourcePane ref={sourceRef} text={edition.originalText} items={edition.items} selectedId={selected} onSelect={selectFromSource} />
        <section className="review-items" aria-labelledby="items-heading">
          <h2 id="items-heading">Items ({edition.items.length})</h2>
          <p className="hint">
            Dashed chips were extracted automatically (hover for the confidence); solid ones were added by an editor. Tags and figures save as soon as you
            change them; text fields save with “Save item”.
          </p>
          {edition.items.length === 0 ? <p className="empty">This edition has no items left.</p> : null}
          {edition.items.map((item) => (
            <ItemCard
              key={item.id}
              item={item}
              selected={selected === item.id}
              removable={draft}
              onSelect={() => selectFromCard(item.id)}
              onShowInSource={() => selectFromCard(item.id)}
            />
          ))}
        </section>
      </div>
    </>
  );
}
