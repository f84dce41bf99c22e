import { useId, type ReactNode } from 'react';
import { useMessages } from '../../i18n/index.tsx';
import type { Draft } from './draft.ts';
import { messages } from './messages.ts';

export interface DraftControlProps {
  id: string;
  name: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
}

/** One labelled field of a draft form: the control (`children`) is bound to the draft's value of `name`. */
export function DraftField<T extends Record<keyof T, string>>({
  form,
  name,
  label,
  wide = false,
  children,
}: {
  form: Draft<T>;
  name: keyof T & string;
  label: string;
  /** Spans both columns of the form. */
  wide?: boolean;
  children: (props: DraftControlProps) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={wide ? 'field wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, name, value: form.values[name], onChange: (event) => form.set(name, event.target.value) })}
    </div>
  );
}

/**
 * The draft form's buttons: Save (while there are edits it can send), Discard (while there are
 * edits), why the edits cannot be sent (an alert), then `children` (the save status).
 */
export function DraftActions({ form, saveLabel, problem, children }: { form: { dirty: boolean; reset: () => void }; saveLabel: string; problem: string | null; children?: ReactNode }) {
  const t = useMessages(messages);
  return (
    <div className="form-actions wide">
      <button type="submit" className="primary" disabled={!form.dirty || problem !== null}>
        {saveLabel}
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
      {children}
    </div>
  );
}
