import { useId, type FormEvent } from 'react';
import { useMessages } from '../../i18n/index.tsx';
import { useDraft } from './draft.ts';
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
  const id = useId();
  const form = useDraft(toItemForm(item));
  const problem = validateItem(form.changes);
  const field = (name: keyof ItemForm) => ({
    id: `${id}-${name}`,
    name,
    value: form.values[name],
    onChange: (e: { target: { value: string } }) => form.set(name, e.target.value),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.dirty || problem) return;
    void onSave(form.changes);
  };

  return (
    <form className="item-fields" onSubmit={submit} noValidate>
      <div className="field wide">
        <label htmlFor={`${id}-headline`}>{t('headline')}</label>
        <input type="text" required {...field('headline')} />
      </div>
      <div className="field wide">
        <label htmlFor={`${id}-summary`}>{t('summary')}</label>
        <textarea rows={5} {...field('summary')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('articleDate')}</label>
        <input type="date" required {...field('date')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-outlet`}>{t('outlet')}</label>
        <input type="text" {...field('outlet')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-articleAuthor`}>{t('author')}</label>
        <input type="text" {...field('articleAuthor')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-language`}>{t('language')}</label>
        <select {...field('language')}>
          <option value="en">{t('languageEn')}</option>
          <option value="es">{t('languageEs')}</option>
        </select>
      </div>
      <div className="field wide">
        <label htmlFor={`${id}-originalTitle`}>{t('originalTitle')}</label>
        <input type="text" lang={form.values.language} {...field('originalTitle')} />
      </div>
      <div className="field wide">
        <label htmlFor={`${id}-url`}>{t('link')}</label>
        <input type="url" inputMode="url" placeholder="https://" {...field('url')} />
      </div>
      <div className="form-actions wide">
        <button type="submit" className="primary" disabled={!form.dirty || problem !== null}>
          {t('saveItem')}
        </button>
        {form.dirty ? (
          <button type="button" onClick={form.reset}>
            {t('discardChanges')}
          </button>
        ) : null}
        {problem ? (
          <span className="error" role="alert">
            {t(problem)}
          </span>
        ) : form.dirty ? (
          <span className="unsaved">{t('unsaved')}</span>
        ) : null}
      </div>
    </form>
  );
}
