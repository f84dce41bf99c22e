import type { Filter } from '@atalaya/domain';

const DAY_MS = 86_400_000;
const daysBefore = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);

/** What a client opens most: the last twelve months, everywhere. */
export function typicalFilter(lastDate: string): Filter {
  return { from: daysBefore(lastDate, 364), to: lastDate, states: [], topics: [], orgs: [] };
}

/** The same filter with its dates moved `days` earlier: as costly, but never seen before by the server's cache. */
export function shiftedFilter(filter: Filter, days: number): Filter {
  return {
    ...filter,
    ...(filter.from ? { from: daysBefore(filter.from, days) } : {}),
    ...(filter.to ? { to: daysBefore(filter.to, days) } : {}),
  };
}

/** A full-text search over the whole archive. */
export function searchFilter(): Filter {
  return { states: [], topics: [], orgs: [], q: 'fentanyl' };
}
