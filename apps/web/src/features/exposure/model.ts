import { encodeFilter, placeFilter, type Filter } from '@atalaya/domain';
import type { Lang } from '../../i18n/index.tsx';

/** How a site's level moved over a period: up or down (from which level), unchanged, rated for the first time, or never rated. */
export type LevelMove = { kind: 'up' | 'down'; from: number } | { kind: 'same' } | { kind: 'new' } | { kind: 'unrated' };

export function levelMove(now: number | null, before: number | null): LevelMove {
  if (now === null) return { kind: 'unrated' };
  if (before === null) return { kind: 'new' };
  if (now === before) return { kind: 'same' };
  return { kind: now > before ? 'up' : 'down', from: before };
}

/** The dashboard's address for the items behind one of the page's counts (the same filter the server counted). */
export function itemsHref(place: { state: string; locality: string | null }, window: { from: string; to: string }): string {
  return `/?${encodeFilter(placeFilter(place, window))}`;
}

/** The dashboard for a set of states over a window (the portfolio's "new items this week"). */
export function statesHref(states: readonly string[], window: { from: string; to: string }): string {
  const filter: Filter = { from: window.from, to: window.to, states: states as Filter['states'], topics: [], orgs: [] };
  return `/?${encodeFilter(filter)}`;
}

/** The download address of one of the organisation's files, in the reader's language. */
export function orgFileHref(file: 'exposure.pdf' | 'sites.csv', orgId: number, lang: Lang): string {
  return `/api/export/${file}?org=${orgId}${lang === 'es' ? '&lang=es' : ''}`;
}
