import type { SessionUser } from '@atalaya/api';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import superjson from 'superjson';
import { vi } from 'vitest';
import { Providers } from '../../app/Providers.tsx';
import type { Lang } from '../../i18n/index.tsx';
import { makeQueryClient } from '../../lib/trpc.ts';

// Test support for the accounts screens: a stand-in for the tRPC server behind `fetch`, so the
// real client, links, superjson and TanStack Query run, and every call can be inspected.

type TrpcCode = 'BAD_REQUEST' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR';
const STATUS: Record<TrpcCode, number> = { BAD_REQUEST: 400, UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, INTERNAL_SERVER_ERROR: 500 };

/** Thrown by a fake procedure to answer with a tRPC error. */
export class FakeError extends Error {
  constructor(
    readonly code: TrpcCode,
    message: string,
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
          return { error: superjson.serialize({ message, code: -32000, data: { code, httpStatus: STATUS[code], path } }) };
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

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

/** Renders `ui` with the app's providers and a router at `url`; requests go to the fake API. */
export function renderApp(ui: ReactNode, { url = '/', path = '*', lang = 'en' }: { url?: string; path?: string; lang?: Lang } = {}) {
  const queryClient = makeQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
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
                <LocationProbe />
              </>
            }
          />
          <Route path="*" element={<LocationProbe />} />
        </Routes>
      </Providers>
    </MemoryRouter>,
  );
  return { ...result, user, queryClient, location: () => result.getByTestId('location').textContent ?? '' };
}
