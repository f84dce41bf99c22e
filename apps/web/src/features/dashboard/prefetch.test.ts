import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeQueryClient, makeTrpcClient } from '../../lib/trpc.ts';
import { prefetchFirstScreen } from './prefetch.ts';

function recordRequests() {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      urls.push(String(input));
      return new Response(JSON.stringify([]), { status: 500, headers: { 'content-type': 'application/json' } });
    }),
  );
  return urls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('prefetchFirstScreen', () => {
  it('asks for the session, the dashboard of the address and the map’s risk levels at its end date in one request', async () => {
    const urls = recordRequests();
    prefetchFirstScreen(makeQueryClient(), makeTrpcClient('http://localhost'), { pathname: '/', search: '?states=MX-SIN&to=2025-07-01&slide=2' });
    await vi.waitFor(() => expect(urls).toHaveLength(1));
    const url = new URL(urls[0] as string);
    expect(url.pathname).toBe('/trpc/auth.me,dashboard.get,levels.states');
    expect(url.searchParams.get('input')).toContain('MX-SIN');
    expect(url.searchParams.get('input')).toContain('"date":"2025-07-01"');
  });

  it('does nothing on other pages or with a filter the dashboard would refuse', async () => {
    const urls = recordRequests();
    prefetchFirstScreen(makeQueryClient(), makeTrpcClient('http://localhost'), { pathname: '/editions', search: '' });
    prefetchFirstScreen(makeQueryClient(), makeTrpcClient('http://localhost'), { pathname: '/', search: '?states=XX' });
    await new Promise((r) => setTimeout(r, 50));
    expect(urls).toHaveLength(0);
  });
});
