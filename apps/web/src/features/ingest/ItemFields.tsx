import type { FormEvent } from 'react';
import { useMessages } from '../../i18n/index.tsx';
import { useDraft } from './draft.ts';
import { DraftActions, DraftField } from './DraftForm.tsx';
import { messages } from './messages.ts';
import type { ReviewItem } from './types.ts';

export interface ItemForm {
  headline: string;
  summary: string;
  date: string;
  outlet: string;
  articleAuthor: string;
  originalTitle: string;
  url: string;
  language: string;
}

/** The item's text fields as form strings (the API turns '' back into null for optional ones). */
export function toItemForm(item: ReviewItem): ItemForm {
  return {
    headline: item.headline,
    summary: item.summary,
    date: item.date,
    outlet: item.outlet ?? '',
    articleAuthor: item.articleAuthor ?? '',
    originalTitle: item.originalTitle ?? '',
    url: item.url ?? '',
    language: item.language,
  };
}

export type ItemProblem = 'headlineEmpty' | 'dateEmpty' | 'badLink';

/** Why the changed fields cannot be sent, or null: caught here so the analyst gets a message next to the field. */
export function validateItem(changes: Partial<ItemForm>): ItemProblem | null {
  if (changes.headline !== undefined && changes.headline.trim() === '') return 'headlineEmpty';
  if (changes.date !== undefined && changes.date === '') return 'dateEmpty';
  if (changes.url !== undefined && changes.url.trim() !== '' && !/^https?:\/\/\S+$/.test(changes.url.trim())) return 'badLink';
  return null;
}

interface Props {
  item: ReviewItem;
  /** Resolves to whether the save succeeded; on failure the edits stay in the form. */
  onSave: (changes: Partial<ItemForm>) => Promise<boolean>;
}

/** Headline, summary and citation of one item, saved together with the card's Save button. */
export function ItemFields({ item, onSave }: Props) {
  const t = useMessages(messages);
  const form = useDraft(toItemForm(item));
  const problem = validateItem(form.changes);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.dirty || problem) return;
    void onSave(form.changes);
  };

  return (
    <form className="item-fields" onSubmit={submit} noValidate>
      <DraftField form={form} name="headline" label={t('headline')} wide>
        {(props) => <input type="text" required {...props} />}
      </DraftField>
      <DraftField form={form} name="summary" label={t('summary')} wide>
        {(props) => <textarea rows={5} {...props} />}
      </DraftField>
      <DraftField form={form} name="date" label={t('articleDate')}>
        {(props) => <input type="date" required {...props} />}
      </DraftField>
      <DraftField form={form} name="outlet" label={t('outlet')}>
        {(props) => <input type="text" {...props} />}
      </DraftField>
      <DraftField form={form} name="articleAuthor" label={t('author')}>
        {(props) => <input type="text" {...props} />}
      </DraftField>
      <DraftField form={form} name="language" label={t('language')}>
        {(props) => (
          <select {...props}>
            <option value="en">{t('languageEn')}</option>
            <option value="es">{t('languageEs')}</option>
          </select>
        )}
      </DraftField>
      <DraftField form={form} name="originalTitle" label={t('originalTitle')} wide>
        {(props) => <input type="text" lang={form.values.language} {...props} />}
      </DraftField>
      <DraftField form={form} name="url" label={t('link')} wide>
        {(props) => <input type="url" inputMode="url" placeholder="https://" {...props} />}
      </DraftField>
      <DraftActions form={form} saveLabel={t('saveItem')} problem={problem ? t(problem) : null}>
        {!problem && form.dirty ? <span className="unsaved">{t('unsaved')}</span> : null}
      </DraftActions>
    </form>
  );
}
