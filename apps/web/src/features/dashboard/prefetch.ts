import type { AppRouter } from '@atalaya/api';
import { decodeFilter } from '@atalaya/domain';
import type { QueryClient } from '@tanstack/react-query';
import type { TRPCClient } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { localToday } from '../filters/date-presets.ts';
import { NON_FILTER_PARAMS } from '../filters/use-filter.ts';
import { levelsDate } from '../risk/levels.ts';

/**
 * Starts the dashboard's data with the session check, in one batched request, when the page opens on the
 * dashboard: otherwise the dashboard query waits for the session answer before it even starts. The map's
 * risk levels (its table's level column) come in the same request rather than after the map's chunk loads.
 * A wrong guess (anonymous visitor, a client about to be sent to its watchlist) only costs one discarded answer.
 */
export function prefetchFirstScreen(queryClient: QueryClient, client: TRPCClient<AppRouter>, location: Pick<Location, 'pathname' | 'search'>): void {
  if (location.pathname !== '/') return;
  let filter;
  try {
    filter = decodeFilter(new URLSearchParams(location.search), { ignore: NON_FILTER_PARAMS });
  } catch {
    return;
  }
  const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });
  void queryClient.prefetchQuery(trpc.auth.me.queryOptions());
  void queryClient.prefetchQuery({ ...trpc.dashboard.get.queryOptions({ filter }), retry: false });
  void queryClient.prefetchQuery({ ...trpc.levels.states.queryOptions({ date: levelsDate(filter, localToday()), category: 'overall' }), retry: false });
}
