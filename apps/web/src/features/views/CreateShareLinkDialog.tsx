import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { FormActions } from '../../app/FormActions.tsx';
import { useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { Dialog } from './Dialog.tsx';
import { Field } from './Field.tsx';
import { shareUrl, useDateTime } from './format.ts';
import { messages } from './messages.ts';
import type { CreatedShareLink, SavedView } from './types.ts';

export const DEFAULT_SHARE_DAYS = 14;
export const MAX_SHARE_DAYS = 90;

/** Parses the expiry field: a whole number of days within the allowed range, else null. */
export function parseExpiryDays(value: string): number | null {
  if (!/^\s*\d+\s*$/.test(value)) return null;
  const days = Number(value);
  return days >= 1 && days <= MAX_SHARE_DAYS ? days : null;
}

/**
 * Creates a share link for one view. The full URL exists only in this dialog: the server keeps a
 * hash, so once the dialog closes the link cannot be shown again.
 */
export function CreateShareLinkDialog({ view, onClose, origin = globalThis.location.origin }: { view: SavedView; onClose: () => void; origin?: string }) {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [days, setDays] = useState(String(DEFAULT_SHARE_DAYS));
  const [note, setNote] = useState('');
  const [daysError, setDaysError] = useState(false);
  const share = useMutation(
    trpc.views.share.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.views.shareLinks.queryKey({ viewId: view.id }) }),
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseExpiryDays(days);
    setDaysError(parsed === null);
    if (parsed === null) return;
    share.mutate({ viewId: view.id, expiresInDays: parsed, note: note.trim() || null });
  };

  const title = t('createLinkTitle', { name: view.name });
  if (share.data) return <CreatedLink link={share.data} url={shareUrl(origin, share.data.path)} title={title} onClose={onClose} />;

  return (
    <Dialog title={title} onClose={onClose}>
      <p className="hint">{t('shareIntro')}</p>
      <form onSubmit={submit} noValidate>
        <Field label={t('expiresInDays')} hint={t('expiryHint', { max: MAX_SHARE_DAYS })} error={daysError ? t('expiryInvalid', { max: MAX_SHARE_DAYS }) : null}>
          {(props) => <input {...props} type="number" inputMode="numeric" min={1} max={MAX_SHARE_DAYS} step={1} value={days} onChange={(e) => setDays(e.target.value)} data-autofocus />}
        </Field>
        <Field label={t('note')} hint={t('noteHint')}>
          {(props) => <input {...props} value={note} onChange={(e) => setNote(e.target.value)} maxLength={200} />}
        </Field>
        <FormActions
          error={share.error ? t('failed', { reason: share.error.message }) : null}
          pending={share.isPending}
          label={t('create')}
          pendingLabel={t('creating')}
          onCancel={onClose}
          cancelLabel={t('cancel')}
        />
      </form>
    </Dialog>
  );
}

function CreatedLink({ link, url, title, onClose }: { link: CreatedShareLink; url: string; title: string; onClose: () => void }) {
  const t = useMessages(messages);
  const when = useDateTime();
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const warningId = useId();
  const urlId = useId();

  const copyUrl = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      // No clipboard API (or no permission): select the text so Ctrl+C works, and try the old way.
      input.current?.select();
      setCopy(document.execCommand?.('copy') ? 'copied' : 'failed');
    }
  };

  return (
    <Dialog title={title} onClose={onClose}>
      <p className="success" role="status">
        {t('linkCreated', { date: when.dateTime(link.expiresAt) })}
      </p>
      <div className="field">
        <label htmlFor={urlId}>{t('linkUrl')}</label>
        <span className="share-url">
          <input id={urlId} ref={input} readOnly value={url} aria-describedby={warningId} onFocus={(e) => e.currentTarget.select()} data-autofocus />
          <button type="button" onClick={() => void copyUrl()}>
            {t('copy')}
          </button>
        </span>
      </div>
      <p id={warningId} className="warning">
        {t('showOnce')}
      </p>
      <p role="status" className="hint">
        {copy === 'copied' ? t('copied') : copy === 'failed' ? t('copyFailed') : ''}
      </p>
      <div className="form-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('done')}
        </button>
      </div>
    </Dialog>
  );
}
