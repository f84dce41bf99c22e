import { EMPTY_FILTER, type Filter } from '@atalaya/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { savedView } from './fixtures.ts';
import { SaveViewButton } from './SaveViewButton.tsx';
import { fakeApi, renderApp, testUser } from '../../../test/trpc-fake.tsx';

afterEach(() => vi.unstubAllGlobals());

const filter: Filter = { ...EMPTY_FILTER, states: ['MX-SIN'], from: '2025-01-01' };

describe('SaveViewButton', () => {
  it('names the current filter in a dialog, saves it and links to the saved views', async () => {
    const api = fakeApi({
      'auth.me': () => testUser('client', 2),
      'views.create': (input) => savedView({ name: (input as { name: string }).name }),
    });
    const { user } = renderApp(<SaveViewButton filter={filter} />);
    const open = await screen.findByRole('button', { name: 'Save view' });
    await user.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Save this view' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Give the view a name.');
    expect(api.callsTo('views.create')).toEqual([]);

    await user.type(name, '  Sinaloa this year {Enter}');
    await waitFor(() => expect(api.callsTo('views.create')).toEqual([{ name: 'Sinaloa this year', filter }]));
    expect(await within(dialog).findByText('Saved as “Sinaloa this year”.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('link', { name: 'See your saved views' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/views');
  });

  it('closes on Esc and gives focus back to the button', async () => {
    fakeApi({ 'auth.me': () => testUser('client', 2) });
    const { user } = renderApp(<SaveViewButton filter={filter} />);
    const open = await screen.findByRole('button', { name: 'Save view' });
    await user.click(open);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
  });

  it('keeps Tab inside the dialog', async () => {
    fakeApi({ 'auth.me': () => testUser('client', 2) });
    const { user } = renderApp(<SaveViewButton filter={filter} />);
    await user.click(await screen.findByRole('button', { name: 'Save view' }));
    const dialog = screen.getByRole('dialog');
    await user.tab();
    await user.tab();
    await user.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveFocus();
  });

  it('is not offered to anonymous visitors', async () => {
    const api = fakeApi({ 'auth.me': () => null });
    renderApp(<SaveViewButton filter={filter} />);
    await waitFor(() => expect(api.callsTo('auth.me')).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('button', { name: 'Save view' })).not.toBeInTheDocument();
  });
});
