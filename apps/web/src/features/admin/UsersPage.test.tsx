import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderApp, testUser } from '../../../test/trpc-fake.tsx';
import type { OrgRow, UserRow } from './types.ts';
import { UsersPage } from './UsersPage.tsx';

afterEach(() => vi.unstubAllGlobals());

const orgs: OrgRow[] = [
  { id: 1, slug: 'miranda-delphi', name: 'Miranda Delphi Solutions', kind: 'consultancy', watchlist: [], users: 3, sites: 0 },
  { id: 2, slug: 'norte-logistics', name: 'Norte Logistics', kind: 'client', watchlist: ['MX-SIN'], users: 1, sites: 4 },
  { id: 3, slug: 'acme-mining', name: 'Acme Mining', kind: 'client', watchlist: [], users: 0, sites: 0 },
];
const users: UserRow[] = [
  { id: 1, email: 'admin@atalaya.demo', name: 'Ana Admin', role: 'admin', orgId: 1, orgName: 'Miranda Delphi Solutions', disabled: false, assignedOrgIds: [] },
  { id: 3, email: 'manager@atalaya.demo', name: 'Marta Manager', role: 'account_manager', orgId: 1, orgName: 'Miranda Delphi Solutions', disabled: false, assignedOrgIds: [2] },
  { id: 4, email: 'client@atalaya.demo', name: 'Carlos Client', role: 'client', orgId: 2, orgName: 'Norte Logistics', disabled: false, assignedOrgIds: [] },
];

function serve() {
  let rows = users;
  return fakeApi({
    'auth.me': () => testUser('admin', 1, 1),
    'admin.users': () => rows,
    'admin.orgs': () => orgs,
    'admin.createUser': (input) => {
      const { email, role } = input as { email: string; role: UserRow['role'] };
      rows = [...rows, { id: 9, email, name: email, role, orgId: 2, orgName: 'Norte Logistics', disabled: false, assignedOrgIds: [] }];
      return { id: 9, email, role, orgId: 2 };
    },
    'admin.updateUser': (input) => {
      const { id, ...patch } = input as { id: number; role?: UserRow['role']; disabled?: boolean };
      rows = rows.map((u) => (u.id === id ? { ...u, ...patch } : u));
      return undefined;
    },
    'admin.setAssignments': (input) => {
      const { userId, orgIds } = input as { userId: number; orgIds: number[] };
      rows = rows.map((u) => (u.id === userId ? { ...u, assignedOrgIds: orgIds } : u));
      return undefined;
    },
  });
}

const rowOf = async (email: string) => (await screen.findByRole('cell', { name: email })).closest('tr') as HTMLElement;

describe('UsersPage', () => {
  it('lists users with organisation and role, and does not let admins demote or disable themselves', async () => {
    serve();
    renderApp(<UsersPage />);
    const me = await rowOf('admin@atalaya.demo');
    // Once the session is known, the admin's own row is locked.
    await waitFor(() => expect(within(me).getByRole('combobox', { name: 'Role of admin@atalaya.demo' })).toBeDisabled());
    expect(within(me).queryByRole('button', { name: /Disable/ })).not.toBeInTheDocument();
    const client = await rowOf('client@atalaya.demo');
    expect(client).toHaveTextContent('Norte Logistics');
    expect(within(client).getByRole('combobox', { name: 'Role of client@atalaya.demo' })).toHaveValue('client');
  });

  it('creates a user, refusing a short password before asking the server', async () => {
    const api = serve();
    const { user } = renderApp(<UsersPage />);
    const form = (await screen.findByRole('heading', { name: 'New user' })).closest('section') as HTMLElement;
    await user.type(within(form).getByRole('textbox', { name: 'Email' }), 'risk@acme.example');
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Rita Risk');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Organisation' }), 'Acme Mining');
    await user.type(within(form).getByLabelText('Password'), 'short');
    await user.click(within(form).getByRole('button', { name: 'Create user' }));
    expect(within(form).getByText('The password must have at least 10 characters.')).toBeInTheDocument();
    expect(api.callsTo('admin.createUser')).toEqual([]);

    await user.type(within(form).getByLabelText('Password'), '-but-long-now');
    await user.click(within(form).getByRole('button', { name: 'Create user' }));
    await waitFor(() =>
      expect(api.callsTo('admin.createUser')).toEqual([{ email: 'risk@acme.example', name: 'Rita Risk', role: 'client', org: 'acme-mining', password: 'short-but-long-now' }]),
    );
    expect(await screen.findByRole('cell', { name: 'risk@acme.example' })).toBeInTheDocument();
    expect(screen.getByText('Created risk@acme.example.')).toBeInTheDocument();
  });

  it('changes a role, and disables an account only after confirmation', async () => {
    const api = serve();
    const { user } = renderApp(<UsersPage />);
    const client = await rowOf('client@atalaya.demo');
    await user.selectOptions(within(client).getByRole('combobox', { name: /Role of/ }), 'analyst');
    await waitFor(() => expect(api.callsTo('admin.updateUser')).toEqual([{ id: 4, role: 'analyst' }]));

    await user.click(within(client).getByRole('button', { name: 'Disable client@atalaya.demo' }));
    const dialog = screen.getByRole('dialog', { name: 'Disable client@atalaya.demo?' });
    await user.click(within(dialog).getByRole('button', { name: 'Disable' }));
    await waitFor(() => expect(api.callsTo('admin.updateUser').at(-1)).toEqual({ id: 4, disabled: true }));
    await waitFor(() => expect(client).toHaveTextContent('Disabled'));
    expect(within(client).getByRole('button', { name: 'Enable client@atalaya.demo' })).toBeInTheDocument();
  });

  it('assigns client organisations to an account manager with checkboxes', async () => {
    const api = serve();
    const { user } = renderApp(<UsersPage />);
    const manager = await rowOf('manager@atalaya.demo');
    await user.click(within(manager).getByRole('button', { name: 'Clients (1) of manager@atalaya.demo' }));
    const group = within(manager).getByRole('group', { name: 'Client organisations of manager@atalaya.demo' });
    expect(within(group).getByRole('checkbox', { name: 'Norte Logistics' })).toBeChecked();
    expect(within(group).queryByRole('checkbox', { name: 'Miranda Delphi Solutions' })).not.toBeInTheDocument();
    await user.click(within(group).getByRole('checkbox', { name: 'Acme Mining' }));
    await user.click(within(manager).getByRole('button', { name: 'Save assignments' }));
    await waitFor(() => expect(api.callsTo('admin.setAssignments')).toEqual([{ userId: 3, orgIds: [2, 3] }]));
    expect(await within(manager).findByRole('button', { name: 'Clients (2) of manager@atalaya.demo' })).toHaveTextContent('Clients (2)');
  });
});
