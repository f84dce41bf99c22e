import type { Filter } from '@atalaya/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { FormActions } from '../../app/FormActions.tsx';
import { useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useSession } from '../auth/use-session.ts';
import { useShare } from '../share/share-context.tsx';
import { Dialog } from './Dialog.tsx';
import { Field } from './Field.tsx';
import { messages } from './messages.ts';
import { useViewName } from './use-view-name.ts';

/** "Save view": names the dashboard's current filter and stores it for the user's organisation. */
export function SaveViewButton({ filter }: { filter: Filter }) {
  const t = useMessages(messages);
  const { user } = useSession();
  const share = useShare();
  const [open, setOpen] = useState(false);
  // A shared (read-only) dashboard and anonymous visitors have nothing to save into.
  if (share || !user) return null;
  return (
    <>
      <button type="button" className="save-view" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('saveView')}
      </button>
      {open ? <SaveViewDialog filter={filter} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function SaveViewDialog({ filter, onClose }: { filter: Filter; onClose: () => void }) {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { name, setName, check, message } = useViewName();
  const create = useMutation(
    trpc.views.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.views.list.queryKey() }),
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const valid = check();
    if (valid !== null) create.mutate({ name: valid, filter });
  };

  if (create.isSuccess) {
    return (
      <Dialog title={t('saveViewTitle')} onClose={onClose}>
        <p className="success" role="status">
          {t('savedAs', { name: create.data.name })}
        </p>
        <p>
          <Link to="/views">{t('seeViews')}</Link>
        </p>
        <div className="form-actions">
          <button type="button" onClick={onClose} data-autofocus>
            {t('close')}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={t('saveViewTitle')} onClose={onClose}>
      <p className="hint">{t('saveViewIntro')}</p>
      <form onSubmit={submit} noValidate>
        <Field label={t('name')} error={message(create.error)}>
          {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required data-autofocus />}
        </Field>
        <FormActions pending={create.isPending} label={t('save')} pendingLabel={t('saving')} onCancel={onClose} cancelLabel={t('cancel')} />
      </form>
    </Dialog>
  );
}
