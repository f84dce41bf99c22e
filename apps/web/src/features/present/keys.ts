/** What a key does in briefing mode. */
export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'exit' | 'pause' | 'notes';

export interface DeckKey {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/** Elements that need these keys themselves: typing, choosing in a list, a radio group's arrows. */
const OWNS_KEYS = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';
/** Elements that Space and Enter activate: pressing them must do what they say, not move on as well. */
const ACTIVATES = 'button, a[href], summary, [role="button"], [role="link"]';

function closest(target: EventTarget | null, selector: string): boolean {
  return typeof Element !== 'undefined' && target instanceof Element && target.closest(selector) !== null;
}

/**
 * The deck action of a key press, or null when the key belongs to someone else: browser shortcuts
 * (Ctrl, Alt, Cmd), a form field, or Space on a focused button (which presses it).
 * Clickers send PageDown/PageUp; keyboards use the arrows and Space (Shift+Space goes back).
 */
export function deckAction(event: DeckKey, target: EventTarget | null = null): DeckAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (closest(target, OWNS_KEYS)) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case ' ':
    case 'Spacebar':
      if (closest(target, ACTIVATES)) return null;
      return event.shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      break;
  }
  switch (event.key.toLowerCase()) {
    case 'f':
      return 'fullscreen';
    case 'p':
      return 'pause';
    case 'n':
      return 'notes';
    default:
      return null;
  }
}
