import type { Filter } from '@atalaya/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useSession } from '../auth/use-session.ts';
import { useShare } from '../share/share-context.tsx';
import { Dialog } from './Dialog.tsx';
import { Field } from './Field.tsx';
import { messages } from './messages.ts';
import { validateViewName } from './names.ts';

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
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const create = useMutation(
    trpc.views.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.views.list.queryKey() }),
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const issue = validateViewName(name);
    if (issue) {
      setProblem(t(issue));
      return;
    }
    setProblem(null);
    create.mutate({ name: name.trim(), filter });
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

  const error = problem ?? (create.error ? t('failed', { reason: create.error.message }) : null);
  return (
    <Dialog title={t('saveViewTitle')} onClose={onClose}>
      <p className="hint">{t('saveViewIntro')}</p>
      <form onSubmit={submit} noValidate>
        <Field label={t('name')} error={error}>
          {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required data-autofocus />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={create.isPending}>
            {create.isPending ? t('saving') : t('save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
