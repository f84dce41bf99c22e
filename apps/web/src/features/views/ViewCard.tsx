import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { ConfirmDialog } from './Dialog.tsx';
import { FilterSummary } from './FilterSummary.tsx';
import { useDateTime, viewHref } from './format.ts';
import { messages } from './messages.ts';
import { ShareLinksPanel } from './ShareLinksPanel.tsx';
import type { SavedView } from './types.ts';
import { useViewName } from './use-view-name.ts';

/** One saved view: open it on the dashboard, rename it in place, delete it, and (staff) manage its share links. */
export function ViewCard({ view, canShare, onAnnounce }: { view: SavedView; canShare: boolean; onAnnounce: (message: string) => void }) {
  const t = useMessages(messages);
  const when = useDateTime();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [renaming, setRenaming] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [sharing, setSharing] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const refocusRename = useRef(false);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.views.list.queryKey() });
  const remove = useMutation(
    trpc.views.delete.mutationOptions({
      onSuccess: async () => {
        onAnnounce(t('deleted', { name: view.name }));
        setConfirmDelete(false);
        await invalidate();
      },
    }),
  );

  // After the inline editor closes, focus returns to the button that opened it.
  useEffect(() => {
    if (!renaming && refocusRename.current) {
      refocusRename.current = false;
      renameButton.current?.focus();
    }
  }, [renaming]);

  const closeRename = () => {
    refocusRename.current = true;
    setRenaming(false);
  };

  const panelId = `view-${view.id}-share`;
  return (
    <li className="panel view-card">
      <div className="view-head">
        {renaming ? (
          <RenameForm
            view={view}
            onDone={(name) => {
              onAnnounce(t('renamed', { name }));
              closeRename();
              void invalidate();
            }}
            onCancel={closeRename}
          />
        ) : (
          <h2>
            <Link to={viewHref(view.filter)}>{view.name}</Link>
          </h2>
        )}
        {!renaming ? (
          <div className="view-actions" role="group" aria-label={t('actionsFor', { name: view.name })}>
            {view.canManage ? (
              <>
                <button ref={renameButton} type="button" onClick={() => setRenaming(true)}>
                  {t('rename')}
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() => {
                    remove.reset();
                    setConfirmDelete(true);
                  }}
                >
                  {t('delete')}
                </button>
              </>
            ) : null}
            {canShare ? (
              <button type="button" aria-expanded={sharing} aria-controls={sharing ? panelId : undefined} onClick={() => setSharing((s) => !s)}>
                {t('shareLinks')}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      <dl className="view-meta">
        <div>
          <dt>{t('filter')}</dt>
          <dd>
            <FilterSummary filter={view.filter} />
          </dd>
        </div>
        <div>
          <dt>{t('organisation')}</dt>
          <dd>{view.orgName}</dd>
        </div>
        <div>
          <dt>{t('owner')}</dt>
          <dd>{view.ownerName}</dd>
        </div>
      </dl>
      <p className="hint view-updated">{t('updated', { date: when.date(view.updatedAt) })}</p>
      {canShare && sharing ? (
        <div id={panelId}>
          <ShareLinksPanel view={view} />
        </div>
      ) : null}
      {confirmDelete ? (
        <ConfirmDialog
          title={t('deleteTitle', { name: view.name })}
          body={t('deleteBody', { org: view.orgName })}
          confirmLabel={t('delete')}
          cancelLabel={t('cancel')}
          pendingLabel={t('deleting')}
          pending={remove.isPending}
          error={remove.error ? t('failed', { reason: remove.error.message }) : null}
          onConfirm={() => remove.mutate({ id: view.id })}
          onCancel={() => setConfirmDelete(false)}
        />
      ) : null}
    </li>
  );
}

function RenameForm({ view, onDone, onCancel }: { view: SavedView; onDone: (name: string) => void; onCancel: () => void }) {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const { name, setName, refused, check, message } = useViewName(view.name);
  const rename = useMutation(trpc.views.rename.mutationOptions());
  const errorId = `rename-${view.id}-error`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = check();
    if (trimmed === null) return;
    if (trimmed === view.name) {
      onCancel();
      return;
    }
    rename.mutate({ id: view.id, name: trimmed }, { onSuccess: () => onDone(trimmed) });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  const error = message(rename.error);

  return (
    <form className="rename-form" onSubmit={submit} noValidate>
      <input
        aria-label={t('renameLabel', { name: view.name })}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={onKeyDown}
        maxLength={200}
        aria-invalid={refused || undefined}
        aria-describedby={error ? errorId : undefined}
        // The user asked to edit this name just now.
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="submit" className="primary" disabled={rename.isPending}>
        {rename.isPending ? t('saving') : t('save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
      <p className="hint">{t('renameHint')}</p>
      {error ? (
        <p id={errorId} className="field-error-text" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
