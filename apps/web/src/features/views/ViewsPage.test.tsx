import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { savedView, XSS } from './fixtures.ts';
import { fakeApi, renderApp, testUser } from '../../../test/trpc-fake.tsx';
import type { SavedView } from './types.ts';
import { canShareView, ViewsPage } from './ViewsPage.tsx';

afterEach(() => vi.unstubAllGlobals());

function serve(views: SavedView[], role: Parameters<typeof testUser>[0] = 'client') {
  let current = views;
  return fakeApi({
    'auth.me': () => testUser(role, role === 'client' ? 2 : 1),
    'views.list': () => current,
    'views.rename': (input) => {
      const { id, name } = input as { id: number; name: string };
      current = current.map((v) => (v.id === id ? { ...v, name } : v));
      return undefined;
    },
    'views.delete': (input) => {
      current = current.filter((v) => v.id !== (input as { id: number }).id);
      return undefined;
    },
    'views.shareLinks': () => [],
  });
}

describe('ViewsPage', () => {
  it('lists each view with its organisation, owner, filter and a link that opens the dashboard on it', async () => {
    serve([savedView()]);
    renderApp(<ViewsPage />);
    const card = (await screen.findByRole('heading', { name: 'Northern corridor' })).closest('li') as HTMLElement;
    expect(within(card).getByRole('link', { name: 'Northern corridor' })).toHaveAttribute('href', '/?from=2025-01-01&states=MX-NLE,MX-SIN&topics=homicides-violence');
    expect(card).toHaveTextContent('Norte Logistics');
    expect(card).toHaveTextContent('Carlos Client');
    expect(card).toHaveTextContent(/Nuevo León, Sinaloa/);
    // A client shares nothing: the share links are for account managers and admins.
    expect(within(card).queryByRole('button', { name: 'Share links' })).not.toBeInTheDocument();
  });

  it('shows a view name carrying markup as plain text', async () => {
    serve([savedView({ name: XSS })]);
    const { container } = renderApp(<ViewsPage />);
    expect(await screen.findByRole('link', { name: XSS })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('renames a view in place with the keyboard: Enter saves, Esc cancels and gives focus back', async () => {
    const api = serve([savedView()]);
    const { user } = renderApp(<ViewsPage />);
    const rename = await screen.findByRole('button', { name: 'Rename' });

    await user.click(rename);
    const field = screen.getByRole('textbox', { name: 'New name for “Northern corridor”' });
    expect(field).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rename' })).toHaveFocus();

    await user.keyboard('{Enter}');
    const again = screen.getByRole('textbox', { name: /New name/ });
    await user.clear(again);
    await user.keyboard('   {Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Give the view a name.');
    await user.clear(again);
    await user.type(again, 'Border corridor{Enter}');
    await waitFor(() => expect(api.callsTo('views.rename')).toEqual([{ id: 7, name: 'Border corridor' }]));
    expect(await screen.findByRole('heading', { name: 'Border corridor' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rename' })).toHaveFocus();
  });

  it('asks before deleting a view', async () => {
    const api = serve([savedView()]);
    const { user } = renderApp(<ViewsPage />);
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Northern corridor”?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.callsTo('views.delete')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(api.callsTo('views.delete')).toEqual([{ id: 7 }]));
    expect(await screen.findByText(/No saved views yet/)).toBeInTheDocument();
    expect(screen.getByText('Deleted “Northern corridor”.')).toHaveAttribute('role', 'status');
  });

  it('offers share links to the account manager of the client', async () => {
    serve([savedView()], 'account_manager');
    const { user } = renderApp(<ViewsPage />);
    const toggle = await screen.findByRole('button', { name: 'Share links' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByText('This view has no share links yet.')).toBeInTheDocument();
  });

  it('works in Spanish', async () => {
    serve([]);
    renderApp(<ViewsPage />, { lang: 'es' });
    expect(await screen.findByRole('heading', { name: 'Vistas guardadas' })).toBeInTheDocument();
    expect(await screen.findByText(/Aún no hay vistas guardadas/)).toBeInTheDocument();
  });
});

describe('canShareView', () => {
  const view = { orgId: 2, canManage: true };
  it('lets admins share every view, account managers only their clients’ views, and nobody else', () => {
    expect(canShareView(testUser('admin', 1), { orgId: 1, canManage: true })).toBe(true);
    expect(canShareView(testUser('account_manager', 1), view)).toBe(true);
    expect(canShareView(testUser('account_manager', 1), { orgId: 2, canManage: false })).toBe(false);
    expect(canShareView(testUser('account_manager', 2), view)).toBe(false);
    expect(canShareView(testUser('client', 2), view)).toBe(false);
    expect(canShareView(testUser('analyst', 1), view)).toBe(false);
    expect(canShareView(null, view)).toBe(false);
  });
});
