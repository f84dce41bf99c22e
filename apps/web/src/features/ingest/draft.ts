import { useEffect, useState } from 'react';

/**
 * The fields whose draft differs from what the server last returned. Values are compared trimmed
 * because the API trims them: otherwise a trailing space would look unsaved forever.
 */
export function changedFields<T extends Record<keyof T, string>>(saved: T, draft: Partial<T>): Partial<T> {
  const changes: Partial<T> = {};
  for (const name of Object.keys(draft) as Array<keyof T>) {
    const value = draft[name];
    if (value !== undefined && value.trim() !== saved[name].trim()) changes[name] = value;
  }
  return changes;
}

/**
 * Form state layered over server data. Edits live in a draft that is never reset by a refetch, so
 * nothing typed is lost while a save or another card's refresh is in flight; once the server returns
 * the saved values, the draft simply stops differing from them.
 */
export function useDraft<T extends Record<keyof T, string>>(saved: T) {
  const [draft, setDraft] = useState<Partial<T>>({});
  const changes = changedFields(saved, draft);
  const dirty = Object.keys(changes).length > 0;
  useWarnBeforeLeaving(dirty);
  return {
    values: { ...saved, ...draft } as T,
    changes,
    dirty,
    set: (name: keyof T, value: string) => setDraft((d) => ({ ...d, [name]: value })),
    /** Drops the edits (the "Discard" button). */
    reset: () => setDraft({}),
  };
}

export type Draft<T extends Record<keyof T, string>> = ReturnType<typeof useDraft<T>>;

/** Asks the browser to confirm closing or reloading the tab while edits are unsaved. */
function useWarnBeforeLeaving(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
