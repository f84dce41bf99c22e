import { useId, type FormEvent } from 'react';
import { useMessages } from '../../i18n/index.tsx';
import { useDraft } from './draft.ts';
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
  const field = (name: keyof EditionFormValues) => ({
    id: `${id}-${name}`,
    name,
    value: form.values[name],
    onChange: (e: { target: { value: string } }) => form.set(name, e.target.value),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.dirty && !problem) void onSave(form.changes);
  };

  return (
    <form className="panel edition-form" onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
      <h2 id={`${id}-heading`}>{t('editionHeading')}</h2>
      <div className="field wide">
        <label htmlFor={`${id}-title`}>{t('title')}</label>
        <input type="text" required {...field('title')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-publishedOn`}>{t('publicationDate')}</label>
        <input type="date" {...field('publishedOn')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-author`}>{t('author')}</label>
        <input type="text" {...field('author')} />
      </div>
      <div className="field wide">
        <label htmlFor={`${id}-commentary`}>{t('commentary')}</label>
        <textarea rows={6} {...field('commentary')} />
      </div>
      <div className="form-actions wide">
        <button type="submit" className="primary" disabled={!form.dirty || problem !== null}>
          {t('saveEdition')}
        </button>
        {form.dirty ? (
          <button type="button" onClick={form.reset}>
            {t('discardChanges')}
          </button>
        ) : null}
        {problem ? (
          <span className="error" role="alert">
            {problem}
          </span>
        ) : null}
        <SaveStatus state={saveState} dirty={form.dirty} />
      </div>
    </form>
  );
}
