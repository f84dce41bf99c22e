import { useMessages } from '../../i18n/index.tsx';
import { messages } from './messages.ts';
import type { SaveState } from './use-save-tracker.ts';

/** Saving / saved / failed, announced politely; a failure is also an alert because the edit is not stored. */
export function SaveStatus({ state, dirty = false }: { state: SaveState; dirty?: boolean }) {
  const t = useMessages(messages);
  const text = state.pending > 0 ? t('saving') : dirty ? t('unsaved') : state.saved && !state.error ? t('allSaved') : '';
  return (
    <div className="save-status">
      <span role="status" className={dirty && state.pending === 0 ? 'unsaved' : undefined}>
        {text}
      </span>
      {state.error && state.pending === 0 ? (
        <span role="alert" className="error">
          {t('notSaved', { error: state.error })}
        </span>
      ) : null}
    </div>
  );
}
