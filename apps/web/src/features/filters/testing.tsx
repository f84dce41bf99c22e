import type { AppRouter } from '@atalaya/api';
import type { QueryClient } from '@tanstack/react-query';
import { createTRPCOptionsProxy, type TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { ReactNode } from 'react';
import { renderApp, testQueryClient } from '../../../test/trpc-fake.tsx';
import type { Lang } from '../../i18n/index.tsx';
import { makeTrpcClient } from '../../lib/trpc.ts';

// Test support for the dashboard's features: the real providers and router, with query
// results put in the cache beforehand, so no request leaves the test.

export interface RenderOptions {
  url?: string;
  /** Route pattern the element is mounted at. */
  path?: string;
  lang?: Lang;
  seed?: (cache: { queryClient: QueryClient; trpc: TRPCOptionsProxy<AppRouter> }) => void;
}

export function renderWithApp(element: ReactNode, { url = '/', path = '/', lang = 'en', seed }: RenderOptions = {}) {
  const queryClient = testQueryClient({ staleTime: Infinity });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: makeTrpcClient('http://test.invalid'), queryClient });
  seed?.({ queryClient, trpc });
  const app = renderApp(element, { url, path, lang, queryClient, history: true });
  /** The current query string as URLSearchParams. */
  const params = () => new URLSearchParams(app.location().split('?')[1] ?? '');
  return { ...app, params };
}
