import { useEffect, useEffectEvent } from 'react';
import { deckAction, type DeckAction } from './keys.ts';

/** Listens for briefing-mode keys anywhere on the page and hands each action over; the key's default is then prevented. */
export function useDeckKeys(onAction: (action: DeckAction) => boolean | void): void {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    const action = deckAction(event, event.target);
    // A handler returns false for an action it leaves to the browser (Esc in full screen).
    if (action && onAction(action) !== false) event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => handle(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
