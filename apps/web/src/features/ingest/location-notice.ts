/** Router state carrying a one-time message to the next page (an already imported document, a deleted draft). */
export interface NoticeState {
  notice: string;
}

/** The notice in a location's state, if any: router state is whatever was pushed, so it is checked, not trusted. */
export function noticeFrom(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  return typeof state.notice === 'string' && state.notice !== '' ? state.notice : null;
}
