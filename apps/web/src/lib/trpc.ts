import type { AppRouter } from '@atalaya/api';
import { MAX_BATCH_CALLS } from '@atalaya/domain';
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import superjson from 'superjson';

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 60_000, retry: 1, refetchOnWindowFocus: false },
    },
  });
}

/** The header that makes the server answer as a share link: it then serves only that link's filter. */
export const SHARE_HEADER = 'x-atalaya-share';

/**
 * The token of a share page's path (`/s/<token>`, or its briefing mode `/s/<token>/present` and
 * `/s/<token>/present/notes`), or null on any other page.
 */
export function shareTokenFromPath(pathname: string): string | null {
  // Kept as the path has it (percent-encoded ASCII), so it is always a valid header value.
  const match = /^\/s\/([^/?#]+)(?:\/present(?:\/notes)?)?\/?$/.exec(pathname);
  return match?.[1] ?? null;
}

/** Headers every tRPC request carries: the share token when the page is a share link. */
export function shareHeaders(pathname: string | undefined = globalThis.location?.pathname): Record<string, string> {
  const token = pathname === undefined ? null : shareTokenFromPath(pathname);
  return token ? { [SHARE_HEADER]: token } : {};
}

export type TrpcClient = ReturnType<typeof makeTrpcClient>;

/** One HTTP request per screen: every query of a render goes out in one batch. */
export function makeTrpcClient(baseUrl = '') {
  return createTRPCClient<AppRouter>({
    // Read at request time, not at creation: the client outlives client-side navigation.
    // A longer batch would be refused by the server: the link splits it into several requests instead.
    links: [httpBatchLink({ url: `${baseUrl}/trpc`, transformer: superjson, maxItems: MAX_BATCH_CALLS, headers: () => shareHeaders() })],
  });
}
