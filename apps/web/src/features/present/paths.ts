import { shareTokenFromPath } from '../../lib/trpc.ts';

/** Where briefing mode lives from a page: signed in at `/present`, or inside the share link it was opened from. */
export interface DeckPaths {
  deck: string;
  notes: string;
  /** The dashboard the deck was opened from (and Esc returns to). */
  dashboard: string;
}

export function deckPaths(pathname: string): DeckPaths {
  const token = shareTokenFromPath(pathname);
  const root = token ? `/s/${token}` : '';
  return { deck: `${root}/present`, notes: `${root}/present/notes`, dashboard: root || '/' };
}

/** Whether a path is briefing mode or its presenter notes (which fill the window, without the top bar). */
export function isPresentPath(pathname: string): boolean {
  const token = shareTokenFromPath(pathname);
  const rest = token ? pathname.slice(`/s/${token}`.length) : pathname;
  return /^\/present(?:\/notes)?\/?$/.test(rest);
}

/** Parameters of briefing mode that have no meaning on the dashboard. */
export const DECK_PARAMS = ['slide', 'auto'] as const;

/**
 * A query string with some parameters set (or removed, with null), everything else kept; '' when
 * nothing is left. The filter's commas stay readable (states=MX-SIN,MX-SON), as the dashboard writes them.
 */
export function withParams(search: string, changes: Readonly<Record<string, string | null>>): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString().replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}

/** The address of the deck's first slide for a dashboard at `pathname` + `search` (same filter, same map layer). */
export function deckEntry(pathname: string, search: string): string {
  return `${deckPaths(pathname).deck}${withParams(search, { slide: '1', auto: null })}`;
}

/** The dashboard's address from the deck: the same filter, without the deck's own parameters. */
export function dashboardExit(pathname: string, search: string): string {
  return `${deckPaths(pathname).dashboard}${withParams(search, Object.fromEntries(DECK_PARAMS.map((p) => [p, null])))}`;
}
