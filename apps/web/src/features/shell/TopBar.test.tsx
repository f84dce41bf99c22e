import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderApp, testUser } from '../../../test/trpc-fake.tsx';
import { navLinksFor, TopBar } from './TopBar.tsx';

afterEach(() => vi.unstubAllGlobals());

describe('TopBar navigation by role', () => {
  it('links each role to the screens it may use', () => {
    const keys = (role: Parameters<typeof navLinksFor>[0]) => navLinksFor(role).map((l) => l.key);
    expect(keys('admin')).toEqual(['exposure', 'portfolio', 'views', 'import', 'levels', 'orgs', 'users', 'audit']);
    expect(keys('analyst')).toEqual(['views', 'import', 'levels']);
    expect(keys('account_manager')).toEqual(['exposure', 'portfolio', 'views', 'orgs']);
    expect(keys('client')).toEqual(['exposure', 'views']);
    expect(keys(null)).toEqual([]);
  });

  it('shows an account manager Exposure, Portfolio, Views and Organisations', async () => {
    fakeApi({ 'auth.me': () => testUser('account_manager') });
    renderApp(<TopBar />);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Organisations' })).toHaveAttribute('href', '/admin/orgs');
    expect(within(nav).getByRole('link', { name: 'Views' })).toHaveAttribute('href', '/views');
    expect(within(nav).getByRole('link', { name: 'Exposure' })).toHaveAttribute('href', '/exposure');
    expect(within(nav).getByRole('link', { name: 'Portfolio' })).toHaveAttribute('href', '/portfolio');
    expect(within(nav).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Import' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Risk levels' })).not.toBeInTheDocument();
  });

  it('links an analyst to the risk-level ratings, in either language', async () => {
    fakeApi({ 'auth.me': () => testUser('analyst') });
    renderApp(<TopBar />, { lang: 'es' });
    const nav = screen.getByRole('navigation', { name: 'Principal' });
    expect(await within(nav).findByRole('link', { name: 'Niveles de riesgo' })).toHaveAttribute('href', '/admin/levels');
  });

  it('keeps a share link’s recipient on the shared view: no navigation, no sign-in link', async () => {
    fakeApi({ 'auth.me': () => null });
    renderApp(<TopBar />, { url: '/s/abcdefghijklmnopqrstuvwxyz' });
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Language' })).toBeInTheDocument();
  });
});
