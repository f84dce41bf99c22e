import { useId, type FormEvent } from 'react';
import { useMessages } from '../../i18n/index.tsx';
import { useDraft } from './draft.ts';
import { DraftActions, DraftField } from './DraftForm.tsx';
import { messages } from './messages.ts';
import { SaveStatus } from './SaveStatus.tsx';
import type { ReviewEdition } from './types.ts';
import type { SaveState } from './use-save-tracker.ts';

export interface EditionFormValues {
  title: string;
  publishedOn: string;
  author: string;
  commentary: string;
}

export function toEditionForm(edition: ReviewEdition): EditionFormValues {
  return { title: edition.title, publishedOn: edition.publishedOn ?? '', author: edition.author ?? '', commentary: edition.commentary ?? '' };
}

interface Props {
  edition: ReviewEdition;
  saveState: SaveState;
  onSave: (changes: Partial<EditionFormValues>) => Promise<boolean>;
}

/** Title, date, author and the partner's commentary of the edition. */
export function EditionForm({ edition, saveState, onSave }: Props) {
  const t = useMessages(messages);
  const id = useId();
  const form = useDraft(toEditionForm(edition));
  const problem = form.changes.title !== undefined && form.changes.title.trim() === '' ? t('titleEmpty') : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.dirty && !problem) void onSave(form.changes);
  };

  return (
    <form className="panel edition-form" onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
      <h2 id={`${id}-heading`}>{t('editionHeading')}</h2>
      <DraftField form={form} name="title" label={t('title')} wide>
        {(props) => <input type="text" required {...props} />}
      </DraftField>
      <DraftField form={form} name="publishedOn" label={t('publicationDate')}>
        {(props) => <input type="date" {...props} />}
      </DraftField>
      <DraftField form={form} name="author" label={t('author')}>
        {(props) => <input type="text" {...props} />}
      </DraftField>
      <DraftField form={form} name="commentary" label={t('commentary')} wide>
        {(props) => <textarea rows={6} {...props} />}
      </DraftField>
      <DraftActions form={form} saveLabel={t('saveEdition')} problem={problem}>
        <SaveStatus state={saveState} dirty={form.dirty} />
      </DraftActions>
    </form>
  );
}
