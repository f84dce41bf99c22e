import type { AppRouter } from '@atalaya/api';
import type { QueryClient } from '@tanstack/react-query';
import { createTRPCOptionsProxy, type TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation, useNavigate } from 'react-router';
import { Providers } from '../../app/Providers.tsx';
import type { Lang } from '../../i18n/index.tsx';
import { makeQueryClient, makeTrpcClient } from '../../lib/trpc.ts';

// Test support for the dashboard's features: the real providers and router, with query
// results put in the cache beforehand, so no request leaves the test.

/** Shows the current URL and offers Back/Forward, as the browser would. */
function LocationProbe() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <div>
      <output data-testid="location">{`${location.pathname}${location.search}`}</output>
      <button type="button" onClick={() => void navigate(-1)}>
        Browser back
      </button>
      <button type="button" onClick={() => void navigate(1)}>
        Browser forward
      </button>
    </div>
  );
}

export interface RenderOptions {
  url?: string;
  /** Route pattern the element is mounted at. */
  path?: string;
  lang?: Lang;
  seed?: (cache: { queryClient: QueryClient; trpc: TRPCOptionsProxy<AppRouter> }) => void;
}

export function renderWithApp(element: ReactNode, { url = '/', path = '/', lang = 'en', seed }: RenderOptions = {}) {
  const queryClient = makeQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false, staleTime: Infinity } });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: makeTrpcClient('http://test.invalid'), queryClient });
  seed?.({ queryClient, trpc });
  const user = userEvent.setup();
  const result = render(
    <MemoryRouter initialEntries={[url]}>
      <Providers queryClient={queryClient} lang={lang}>
        <Routes>
          <Route
            path={path}
            element={
              <>
                {element}
                <LocationProbe />
              </>
            }
          />
          <Route path="*" element={<LocationProbe />} />
        </Routes>
      </Providers>
    </MemoryRouter>,
  );
  const location = () => result.getByTestId('location').textContent ?? '';
  /** The current query string as URLSearchParams. */
  const params = () => new URLSearchParams(location().split('?')[1] ?? '');
  return { ...result, user, queryClient, location, params };
}
