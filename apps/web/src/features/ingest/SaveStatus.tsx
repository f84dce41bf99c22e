import type { SaveState } from './use-save-tracker.ts';

/** Saving / saved / failed, announced politely; a failure is also an alert because the edit is not stored. */
export function SaveStatus({ state, dirty = false }: { state: SaveState; dirty?: boolean }) {
  const text = state.pending > 0 ? 'Saving…' : dirty ? 'Unsaved changes' : state.saved && !state.error ? 'All changes saved' : '';
  return (
    <div className="save-status">
      <span role="status" className={dirty && state.pending === 0 ? 'unsaved' : undefined}>
        {text}
      </span>
      {state.error && state.pending === 0 ? (
        <span role="alert" className="error">
          Not saved: {state.error}
        </span>
      ) : null}
    </div>
  );
}
