import { EMPTY_FILTER, type Filter } from '@atalaya/domain';
import { useQuery } from '@tanstack/react-query';
import { renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shareHeaders, shareTokenFromPath, useTRPC } from '../../lib/trpc.ts';
import { fakeApi, FakeError, renderApp } from '../../../test/trpc-fake.tsx';
import { ShareProvider, useShare } from './share-context.tsx';
import { isGoneError, SharedPage } from './SharedPage.tsx';

// The real dashboard is other features' work (map, charts…): here it only has to read the frozen filter.
vi.mock('../dashboard/DashboardPage.tsx', () => ({
  DashboardPage: function DashboardProbe() {
    const share = useShare();
    return <main data-testid="dashboard">{share ? `frozen: ${share.filter.states.join(',')}` : 'not shared'}</main>;
  },
}));

const TOKEN = 'Zx8_Yw7-Vu6Ts5Rq4Po3Nm2Lk1Ji0HgFeDcBa98765';
const filter: Filter = { ...EMPTY_FILTER, states: ['MX-NLE', 'MX-SIN', 'MX-SON', 'MX-TAM'] };

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('SharedPage', () => {
  it('shows the read-only banner and the dashboard frozen to the link’s filter', async () => {
    fakeApi({ 'share.info': () => ({ viewName: 'Northern corridor', filter, expiresAt: new Date('2026-03-01T12:00:00Z') }) });
    renderApp(<SharedPage />, { url: `/s/${TOKEN}`, path: '/s/:token' });
    const banner = await screen.findByRole('note', { name: 'Shared view' });
    expect(banner).toHaveTextContent('Shared view: Northern corridor · read-only · expires Mar 1, 2026');
    expect(screen.getByTestId('dashboard')).toHaveTextContent('frozen: MX-NLE,MX-SIN,MX-SON,MX-TAM');
  });

  it('shows the banner in Spanish', async () => {
    fakeApi({ 'share.info': () => ({ viewName: 'Corredor norte', filter, expiresAt: new Date('2026-03-01T12:00:00Z') }) });
    renderApp(<SharedPage />, { url: `/s/${TOKEN}`, path: '/s/:token', lang: 'es' });
    expect(await screen.findByRole('note')).toHaveTextContent(/Vista compartida: Corredor norte · solo lectura · caduca el 1 mar 2026/);
  });

  it('says the link is no longer valid when the API refuses it', async () => {
    fakeApi({
      'share.info': () => {
        throw new FakeError('UNAUTHORIZED', 'This page needs a valid share link.');
      },
    });
    renderApp(<SharedPage />, { url: `/s/${TOKEN}`, path: '/s/:token' });
    expect(await screen.findByRole('heading', { name: 'This link is no longer valid' })).toBeInTheDocument();
    expect(screen.queryByTestId('dashboard')).not.toBeInTheDocument();
  });

  it('says the link is no longer valid when the server answers 410 before tRPC', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ error: { message: 'This link is no longer valid.' } }), { status: 410, headers: { 'content-type': 'application/json' } })),
    );
    renderApp(<SharedPage />, { url: `/s/${TOKEN}`, path: '/s/:token' });
    expect(await screen.findByRole('heading', { name: 'This link is no longer valid' })).toBeInTheDocument();
  });

  it('offers a retry when the failure is not the link’s fault', async () => {
    fakeApi({
      'share.info': () => {
        throw new Error('database down');
      },
    });
    renderApp(<SharedPage />, { url: `/s/${TOKEN}`, path: '/s/:token' });
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('share context', () => {
  it('is null outside a share page and the shared view inside one', () => {
    expect(renderHook(() => useShare()).result.current).toBeNull();
    const expiresAt = new Date('2026-03-01T00:00:00Z');
    const inside = renderHook(() => useShare(), {
      wrapper: ({ children }) => (
        <ShareProvider filter={filter} viewName="Northern corridor" expiresAt={expiresAt}>
          {children}
        </ShareProvider>
      ),
    });
    expect(inside.result.current).toEqual({ filter, viewName: 'Northern corridor', expiresAt });
  });
});

describe('share header', () => {
  it('reads the token of /s/<token> paths and their briefing mode only', () => {
    expect(shareTokenFromPath(`/s/${TOKEN}`)).toBe(TOKEN);
    expect(shareTokenFromPath(`/s/${TOKEN}/`)).toBe(TOKEN);
    expect(shareTokenFromPath(`/s/${TOKEN}/present`)).toBe(TOKEN);
    expect(shareTokenFromPath(`/s/${TOKEN}/present/`)).toBe(TOKEN);
    expect(shareTokenFromPath(`/s/${TOKEN}/present/notes`)).toBe(TOKEN);
    expect(shareTokenFromPath('/s/')).toBeNull();
    expect(shareTokenFromPath('/s//present')).toBeNull();
    expect(shareTokenFromPath('/views')).toBeNull();
    expect(shareTokenFromPath('/present')).toBeNull();
    expect(shareTokenFromPath(`/x/s/${TOKEN}`)).toBeNull();
    expect(shareTokenFromPath(`/s/${TOKEN}/more`)).toBeNull();
    expect(shareTokenFromPath(`/s/${TOKEN}/presentation`)).toBeNull();
    expect(shareTokenFromPath(`/s/${TOKEN}/present/notes/more`)).toBeNull();
    expect(shareHeaders(`/s/${TOKEN}`)).toEqual({ 'x-atalaya-share': TOKEN });
    expect(shareHeaders(`/s/${TOKEN}/present/notes`)).toEqual({ 'x-atalaya-share': TOKEN });
    expect(shareHeaders('/')).toEqual({});
  });

  it('is sent with every tRPC request made from a share page, and not from other pages', async () => {
    const api = fakeApi({ 'auth.me': () => null, 'share.info': () => ({ viewName: 'v', filter, expiresAt: new Date() }) });
    function Probe() {
      const trpc = useTRPC();
      const me = useQuery(trpc.auth.me.queryOptions());
      const info = useQuery(trpc.share.info.queryOptions());
      return <p>{me.isSuccess && info.isSuccess ? 'loaded' : 'loading'}</p>;
    }
    window.history.replaceState(null, '', `/s/${TOKEN}`);
    const first = renderApp(<Probe />);
    await screen.findByText('loaded');
    expect(api.requests.length).toBeGreaterThan(0);
    expect(api.requests.every((r) => r.headers.get('x-atalaya-share') === TOKEN)).toBe(true);
    first.unmount();

    window.history.replaceState(null, '', '/views');
    const before = api.requests.length;
    renderApp(<Probe />);
    await screen.findByText('loaded');
    await waitFor(() => expect(api.requests.length).toBeGreaterThan(before));
    expect(api.requests.slice(before).every((r) => !r.headers.has('x-atalaya-share'))).toBe(true);
  });
});

describe('isGoneError', () => {
  it('treats refusals and HTTP 410 as a dead link, other failures as passing', () => {
    expect(isGoneError({ data: { httpStatus: 401 } })).toBe(true);
    expect(isGoneError({ data: { code: 'UNAUTHORIZED' } })).toBe(true);
    expect(isGoneError({ meta: { response: { status: 410 } } })).toBe(true);
    expect(isGoneError({ data: { httpStatus: 500 } })).toBe(false);
    expect(isGoneError(new Error('Failed to fetch'))).toBe(false);
    expect(isGoneError(null)).toBe(false);
  });
});
