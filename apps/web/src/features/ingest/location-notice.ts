import type { IngestText } from './messages.ts';

/** A one-time message for the next page: an already imported document, a deleted draft. */
export type Notice = { kind: 'duplicate' } | { kind: 'deleted'; title: string };

/** Router state carrying a notice. It holds what happened, not words, so the notice follows the language. */
export interface NoticeState {
  notice: Notice;
}

/** The notice in a location's state, if any: router state is whatever was pushed, so it is checked, not trusted. */
export function noticeFrom(state: unknown): Notice | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  const notice: unknown = state.notice;
  if (typeof notice !== 'object' || notice === null || !('kind' in notice)) return null;
  if (notice.kind === 'duplicate') return { kind: 'duplicate' };
  if (notice.kind === 'deleted' && 'title' in notice && typeof notice.title === 'string') return { kind: 'deleted', title: notice.title };
  return null;
}

export function noticeText(notice: Notice, t: IngestText): string {
  return notice.kind === 'duplicate' ? t('noticeDuplicate') : t('noticeDeleted', { title: notice.title });
}
