import type { AppRouter } from '@atalaya/api';
import { decodeFilter } from '@atalaya/domain';
import type { QueryClient } from '@tanstack/react-query';
import type { TRPCClient } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { NON_FILTER_PARAMS } from '../filters/use-filter.ts';

/**
 * Starts the dashboard's data with the session check, in one batched request, when the page opens on the
 * dashboard: otherwise the dashboard query waits for the session answer before it even starts.
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
}
