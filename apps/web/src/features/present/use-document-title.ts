import { useEffect } from 'react';

/** Names the browser tab (and the notes window) after the slide shown; the previous title comes back on leaving. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
