/**
 * Keeps the slides window and the presenter-notes window on the same slide: each announces the
 * moves its user makes on a BroadcastChannel (same origin, same browser), and follows the other's.
 * A window that opens asks where the deck is ('hello'); the slides window answers.
 */

export type DeckMessage = { type: 'goto'; slide: number } | { type: 'hello' };

export interface DeckChannel {
  post(message: DeckMessage): void;
  close(): void;
}

/** One channel per deck: two briefings of different filters open side by side do not steer each other. */
export function deckChannelName(deckPath: string, filterSearch: string): string {
  return `atalaya:deck:${deckPath}?${filterSearch}`;
}

export function isDeckMessage(data: unknown): data is DeckMessage {
  if (!data || typeof data !== 'object') return false;
  const message = data as { type?: unknown; slide?: unknown };
  if (message.type === 'hello') return true;
  return message.type === 'goto' && typeof message.slide === 'number' && Number.isInteger(message.slide) && message.slide >= 1;
}

/** Opens the deck's channel; null where the browser has no BroadcastChannel (the windows then move alone). */
export function openDeckChannel(name: string, onMessage: (message: DeckMessage) => void): DeckChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isDeckMessage(event.data)) onMessage(event.data);
  };
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
