import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { QueryState } from '../../app/QueryState.tsx';
import { useFormat, useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { EditionForm, type EditionFormValues } from './EditionForm.tsx';
import { ItemCard, itemCardId } from './ItemCard.tsx';
import { noticeFrom, noticeText, type NoticeState } from './location-notice.ts';
import { messages } from './messages.ts';
import { PublishPanel } from './PublishPanel.tsx';
import { scrollBehavior, scrollSpanIntoView, SourcePane } from './SourcePane.tsx';
import type { ReviewEdition } from './types.ts';
import { useReviewMutations } from './use-review-mutations.ts';
import { useSaveTracker } from './use-save-tracker.ts';

/** /admin/ingest/:id — review one imported edition beside its source text. */
export function ReviewPage() {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const id = Number(useParams()['id']);
  const valid = Number.isInteger(id) && id > 0;
  const query = useQuery(trpc.review.get.queryOptions({ id }, { enabled: valid }));
  return (
    <main id="main" className="layout layout-wide">
      <p className="breadcrumbs">
        <Link to="/admin/ingest">{t('backToImport')}</Link>
      </p>
      {valid ? (
        <QueryState query={query} what={t('editionWhat')}>
          {(edition) => <ReviewScreen edition={edition} />}
        </QueryState>
      ) : (
        <p className="error" role="alert">
          {t('noEditionHere')}
        </p>
      )}
    </main>
  );
}

function ReviewScreen({ edition }: { edition: ReviewEdition }) {
  const t = useMessages(messages);
  const format = useFormat();
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
        void navigate('/admin/ingest', { state: { notice: { kind: 'deleted', title: edition.title } } satisfies NoticeState });
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
    if (window.confirm(t('confirmDeleteEdition', { title: edition.title }))) deleteEdition.mutate({ id: edition.id });
  };

  return (
    <>
      <header className="review-header">
        <h1>
          {t('reviewTitle', { title: edition.title })} <span className={`badge badge-${edition.status}`}>{draft ? t('draft') : t('published')}</span>
        </h1>
        <p className="meta">
          {edition.sourceName ? t('importedFrom', { source: edition.sourceName }) : t('importedDocument')} · {t('itemCount', { n: format.number(edition.items.length) })}
        </p>
        {notice ? (
          <p className="notice" role="status">
            {noticeText(notice, t)}
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
          <h2 id="items-heading">{t('itemsHeading', { n: format.number(edition.items.length) })}</h2>
          <p className="hint">{t('itemsHint', { saveItem: t('saveItem') })}</p>
          {edition.items.length === 0 ? <p className="empty">{t('noItemsLeft')}</p> : null}
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
