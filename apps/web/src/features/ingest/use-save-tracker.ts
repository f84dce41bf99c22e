import { useCallback, useState } from 'react';
import { useMessages } from '../../i18n/index.tsx';
import { messages } from './messages.ts';

export interface SaveState {
  /** Saves still in flight. */
  pending: number;
  /** The last failure, kept until a later save succeeds so it cannot scroll by unnoticed. */
  error: string | null;
  /** At least one save has completed. */
  saved: boolean;
}

const IDLE: SaveState = { pending: 0, error: null, saved: false };

// The server's own message when it sent one; it is shown as it comes.
const messageOf = (error: unknown): string | null => (error instanceof Error && error.message ? error.message : null);

/** One save status for a card whose fields, tags and figures each save on their own. */
export function useSaveTracker() {
  const t = useMessages(messages);
  const [state, setState] = useState<SaveState>(IDLE);
  /** Runs a save and records its outcome; resolves to whether it succeeded, never rejects. */
  const track = useCallback(async (save: Promise<unknown>): Promise<boolean> => {
    setState((s) => ({ ...s, pending: s.pending + 1 }));
    try {
      await save;
      setState((s) => ({ pending: s.pending - 1, error: null, saved: true }));
      return true;
    } catch (error) {
      setState((s) => ({ ...s, pending: s.pending - 1, error: messageOf(error) ?? t('noAnswer') }));
      return false;
    }
  }, [t]);
  return { state, track };
}

export type Track = ReturnType<typeof useSaveTracker>['track'];
