import { useEffect, useEffectEvent, useId, useState } from 'react';
import { useMessages } from '../../i18n/index.tsx';
import { messages } from './messages.ts';

export const SEARCH_DEBOUNCE_MS = 300;

/**
 * Free-text search: applied ~300 ms after typing stops, or at once on Enter. What is typed
 * follows the URL when it changes from elsewhere (Back, Clear all), but not when the change
 * is this box's own, so a keystroke made while the URL updates is not lost.
 */
export function SearchBox({ value, onSearch }: { value: string; onSearch(q: string): void }) {
  const t = useMessages(messages);
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [committed, setCommitted] = useState(value);

  if (value !== seen) {
    // Adjusting state while rendering (React's advice over an effect): the URL moved.
    setSeen(value);
    if (value !== committed) {
      setCommitted(value);
      setDraft(value);
    }
  }

  const commit = (q: string) => {
    const next = q.trim();
    setCommitted(next);
    if (next !== value) onSearch(next);
  };

  // Reads the props of the latest render when the timer fires, so a filter change made meanwhile
  // (a preset, a chip) is kept rather than overwritten by the one the timer was armed with.
  const commitDraft = useEffectEvent(() => commit(draft));
  useEffect(() => {
    if (draft.trim() === value) return;
    const timer = setTimeout(commitDraft, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, value]);

  return (
    <div className="search-box">
      <label htmlFor={`${id}-q`} className="combo-label">
        {t('search')}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        value={draft}
        placeholder={t('searchPlaceholder')}
        aria-describedby={`${id}-hint`}
        maxLength={200}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(draft);
          }
        }}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('searchHint')}
      </span>
    </div>
  );
}
