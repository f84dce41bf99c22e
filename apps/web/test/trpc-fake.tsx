import type { SessionUser } from '@atalaya/api';
import type { DefaultOptions, QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation, useNavigate } from 'react-router';
import superjson from 'superjson';
import { vi } from 'vitest';
import { Providers } from '../src/app/Providers.tsx';
import type { Lang } from '../src/i18n/index.tsx';
import { makeQueryClient } from '../src/lib/trpc.ts';

// Test support for screens that talk to the tRPC API: the app's real providers and router, and a
// stand-in for the tRPC server behind `fetch`, so the real client, links, superjson and TanStack
// Query run and every call can be inspected. (Tests may instead put results in the query cache
// beforehand: see features/filters/testing.tsx.)

type TrpcCode = 'BAD_REQUEST' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'INTERNAL_SERVER_ERROR';
const STATUS: Record<TrpcCode, number> = { BAD_REQUEST: 400, UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_REQUESTS: 429, INTERNAL_SERVER_ERROR: 500 };

/** Thrown by a fake procedure to answer with a tRPC error (with more of the error's `data`, such as `retryAfterSeconds`, when given). */
export class FakeError extends Error {
  constructor(
    readonly code: TrpcCode,
    message: string,
    readonly data: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export type Handler = (input: unknown) => unknown;
export interface Call {
  path: string;
  input: unknown;
}

/** Replaces `fetch` with a tRPC batch endpoint served by `handlers` (keyed 'router.procedure'). */
export function fakeApi(handlers: Record<string, Handler>) {
  const calls: Call[] = [];
  const requests: Array<{ url: string; headers: Headers }> = [];
  const fetchMock = vi.fn(async (resource: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(resource instanceof Request ? resource.url : resource), 'http://localhost');
    requests.push({ url: url.toString(), headers: new Headers(init?.headers) });
    const paths = decodeURIComponent(url.pathname.replace(/^.*\/trpc\//, '')).split(',');
    const raw = (init?.method ?? 'GET') === 'GET' ? url.searchParams.get('input') : (init?.body as string | undefined);
    const inputs = (raw ? JSON.parse(raw) : {}) as Record<string, { json: unknown; meta?: unknown } | undefined>;
    let status = 200;
    const results = await Promise.all(
      paths.map(async (path, i) => {
        const wire = inputs[String(i)];
        const input = wire ? superjson.deserialize(wire as Parameters<typeof superjson.deserialize>[0]) : undefined;
        calls.push({ path, input });
        try {
          const handler = handlers[path];
          if (!handler) throw new FakeError('NOT_FOUND', `No fake for ${path}`);
          return { result: { data: superjson.serialize(await handler(input)) } };
        } catch (e) {
          const code = e instanceof FakeError ? e.code : 'INTERNAL_SERVER_ERROR';
          status = paths.length > 1 ? 207 : STATUS[code];
          const message = e instanceof Error ? e.message : String(e);
          const more = e instanceof FakeError ? e.data : {};
          return { error: superjson.serialize({ message, code: -32000, data: { code, httpStatus: STATUS[code], path, ...more } }) };
        }
      }),
    );
    return new Response(JSON.stringify(results), { status, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    calls,
    requests,
    /** The inputs a procedure was called with, in order. */
    callsTo: (path: string) => calls.filter((c) => c.path === path).map((c) => c.input),
  };
}

export const testUser = (role: SessionUser['role'], orgId = 1, id = 1): SessionUser => ({ id, email: `${role}@example.com`, name: `Test ${role}`, role, orgId });

/** The app's query client, except that a failed query is not retried (and any `queries` defaults given). */
export function testQueryClient(queries: DefaultOptions['queries'] = {}): QueryClient {
  const queryClient = makeQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false, ...queries } });
  return queryClient;
}

/** Shows the current URL (and, with `history`, offers Back/Forward, as the browser would). */
function LocationProbe({ history }: { history: boolean }) {
  const location = useLocation();
  const navigate = useNavigate();
  const url = <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
  if (!history) return url;
  return (
    <div>
      {url}
      <button type="button" onClick={() => void navigate(-1)}>
        Browser back
      </button>
      <button type="button" onClick={() => void navigate(1)}>
        Browser forward
      </button>
    </div>
  );
}

export interface RenderAppOptions {
  url?: string;
  /** Route pattern the element is mounted at. */
  path?: string;
  lang?: Lang;
  /** Default: a fresh `testQueryClient()`. */
  queryClient?: QueryClient;
  /** Also render Browser back / Browser forward buttons. */
  history?: boolean;
}

/** Renders `ui` with the app's providers and a router at `url`; requests go to `fetch` (see `fakeApi`). */
export function renderApp(ui: ReactNode, { url = '/', path = '*', lang = 'en', queryClient = testQueryClient(), history = false }: RenderAppOptions = {}) {
  const user = userEvent.setup();
  const result = render(
    <MemoryRouter initialEntries={[url]}>
      <Providers queryClient={queryClient} lang={lang}>
        <Routes>
          <Route
            path={path}
            element={
              <>
                {ui}
                <LocationProbe history={history} />
              </>
            }
          />
          <Route path="*" element={<LocationProbe history={history} />} />
        </Routes>
      </Providers>
    </MemoryRouter>,
  );
  return { ...result, user, queryClient, location: () => result.getByTestId('location').textContent ?? '' };
}
