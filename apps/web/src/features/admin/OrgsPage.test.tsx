import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { XSS } from '../views/fixtures.ts';
import { fakeApi, renderApp, testUser } from '../../../test/trpc-fake.tsx';
import { OrgsPage } from './OrgsPage.tsx';
import type { OrgRow, SiteRow } from './types.ts';

afterEach(() => vi.unstubAllGlobals());

const orgs: OrgRow[] = [
  { id: 1, slug: 'miranda-delphi', name: 'Miranda Delphi Solutions', kind: 'consultancy', watchlist: [], users: 3, sites: 0 },
  { id: 2, slug: 'norte-logistics', name: 'Norte Logistics', kind: 'client', watchlist: ['MX-SIN', 'MX-SON'], users: 1, sites: 1 },
];

function serve(role: 'admin' | 'account_manager', initialSites: SiteRow[]) {
  let sites = initialSites;
  return fakeApi({
    'auth.me': () => testUser(role, 1),
    'admin.orgs': () => orgs,
    'admin.sites': () => sites,
    'admin.setWatchlist': () => undefined,
    'admin.createOrg': () => ({ id: 5 }),
    'admin.saveSite': (input) => {
      const site = input as SiteRow;
      sites = [...sites, { ...site, id: 50 }];
      return { id: 50 };
    },
    'admin.importSites': (input) => importSites(input as { csv: string; dryRun: boolean }),
    'admin.deleteSite': (input) => {
      sites = sites.filter((s) => s.id !== (input as { id: number }).id);
      return undefined;
    },
  });
}

/** The server's answers to the CSV import, for a good file and for one with a bad row. */
function importSites({ csv, dryRun }: { csv: string; dryRun: boolean }) {
  if (csv.includes('Sinoloa')) return { rows: [], problems: [{ line: 3, column: 'state', message: 'Unknown state "Sinoloa": use a code such as MX-SIN or a name such as Sinaloa' }], imported: false };
  return { rows: [{ line: 2, name: 'Mazatlán yard', state: 'MX-SIN', locality: 'MX-SIN/mazatlan', lat: 23.25, lon: -106.41, type: 'warehouse' }], problems: [], imported: !dryRun };
}

const site: SiteRow = { id: 10, orgId: 2, name: XSS, state: 'MX-SIN', locality: null, lat: 24.8, lon: -107.39, type: 'warehouse' };

describe('OrgsPage', () => {
  it('lists organisations; only admins get the form to create one', async () => {
    serve('account_manager', []);
    renderApp(<OrgsPage />);
    expect(await screen.findByRole('rowheader', { name: 'Norte Logistics' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Manage Norte Logistics' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Manage Miranda Delphi Solutions' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'New organisation' })).not.toBeInTheDocument();
  });

  it('creates an organisation as admin, checking the slug first', async () => {
    const api = serve('admin', []);
    const { user } = renderApp(<OrgsPage />);
    const form = (await screen.findByRole('heading', { name: 'New organisation' })).closest('section') as HTMLElement;
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Acme Mining');
    await user.type(within(form).getByRole('textbox', { name: /Slug/ }), 'Acme Mining');
    await user.click(within(form).getByRole('button', { name: 'Create organisation' }));
    expect(within(form).getByText('Use lower-case letters, digits and dashes.')).toBeInTheDocument();
    await user.clear(within(form).getByRole('textbox', { name: /Slug/ }));
    await user.type(within(form).getByRole('textbox', { name: /Slug/ }), 'acme-mining');
    await user.click(within(form).getByRole('button', { name: 'Create organisation' }));
    await waitFor(() => expect(api.callsTo('admin.createOrg')).toEqual([{ slug: 'acme-mining', name: 'Acme Mining', kind: 'client' }]));
  });

  it('edits a client’s watchlist with the 32 states by Spanish name', async () => {
    const api = serve('account_manager', []);
    const { user } = renderApp(<OrgsPage />, { url: '/admin/orgs?org=2' });
    const group = await screen.findByRole('group', { name: 'Watchlist of Norte Logistics' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(32);
    expect(within(group).getByRole('checkbox', { name: 'Sinaloa' })).toBeChecked();
    await user.click(within(group).getByRole('checkbox', { name: 'Nuevo León' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Sonora' }));
    await user.click(screen.getByRole('button', { name: 'Save watchlist' }));
    // Sent in catalog order, not in the order they were ticked.
    await waitFor(() => expect(api.callsTo('admin.setWatchlist')).toEqual([{ orgId: 2, states: ['MX-NLE', 'MX-SIN'] }]));
  });

  it('shows a site name carrying markup as text, adds a site and deletes one after confirmation', async () => {
    const api = serve('account_manager', [site]);
    const { user, container } = renderApp(<OrgsPage />, { url: '/admin/orgs?org=2' });
    const sites = (await screen.findByRole('heading', { name: 'Sites of Norte Logistics' })).closest('section') as HTMLElement;
    expect(await within(sites).findByRole('rowheader', { name: XSS })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(within(sites).getByRole('row', { name: /Sinaloa/ })).toHaveTextContent('Warehouse');

    await user.click(within(sites).getByRole('button', { name: 'Add site' }));
    const name = within(sites).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveFocus();
    await user.type(name, 'Monterrey office');
    await user.selectOptions(within(sites).getByRole('combobox', { name: 'State' }), 'Nuevo León');
    await user.selectOptions(within(sites).getByRole('combobox', { name: 'Town or city (optional)' }), 'Monterrey');
    await user.type(within(sites).getByRole('textbox', { name: 'Latitude (optional)' }), '25.67');
    await user.click(within(sites).getByRole('button', { name: 'Save site' }));
    expect(within(sites).getByRole('alert')).toHaveTextContent('Give both latitude and longitude, or neither.');
    await user.type(within(sites).getByRole('textbox', { name: 'Longitude (optional)' }), '-100.31');
    await user.selectOptions(within(sites).getByRole('combobox', { name: 'Type (optional)' }), 'Office');
    await user.click(within(sites).getByRole('button', { name: 'Save site' }));
    await waitFor(() => expect(api.callsTo('admin.saveSite')).toEqual([{ orgId: 2, name: 'Monterrey office', state: 'MX-NLE', locality: 'MX-NLE/monterrey', lat: 25.67, lon: -100.31, type: 'office' }]));
    expect(await within(sites).findByRole('rowheader', { name: 'Monterrey office' })).toBeInTheDocument();

    await user.click(within(sites).getByRole('button', { name: `Delete ${XSS}` }));
    const dialog = screen.getByRole('dialog', { name: `Delete the site “${XSS}”?` });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(api.callsTo('admin.deleteSite')).toEqual([{ id: 10 }]));
    await waitFor(() => expect(within(sites).queryByRole('rowheader', { name: XSS })).not.toBeInTheDocument());
  });

  it('previews a CSV of sites, shows each bad row’s line and column, and imports a good file only on confirmation', async () => {
    const api = serve('account_manager', []);
    const { user } = renderApp(<OrgsPage />, { url: '/admin/orgs?org=2' });
    const importer = (await screen.findByRole('heading', { name: 'Import sites from a CSV file' })).closest('section') as HTMLElement;
    const file = within(importer).getByLabelText('CSV file');
    await user.upload(file, new File(['name,state\nGood,MX-SIN\nBad,Sinoloa\n'], 'bad.csv', { type: 'text/csv' }));
    const alert = await within(importer).findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was imported: the file has 1 problem.');
    expect(alert).toHaveTextContent('Line 3, column state: Unknown state "Sinoloa"');
    expect(within(importer).queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();

    await user.upload(file, new File(['name,type,state,locality\nMazatlán yard,warehouse,Sinaloa,Mazatlán\n'], 'good.csv', { type: 'text/csv' }));
    expect(await within(importer).findByText('The file is fine: 1 site to import into Norte Logistics.')).toBeInTheDocument();
    const row = within(importer).getByRole('row', { name: /Mazatlán yard/ });
    expect(row).toHaveTextContent('Warehouse');
    expect(row).toHaveTextContent('Mazatlán');
    expect(api.callsTo('admin.importSites').map((c) => (c as { dryRun: boolean }).dryRun)).toEqual([true, true]);
    await user.click(within(importer).getByRole('button', { name: 'Import 1 site' }));
    await waitFor(() => expect(api.callsTo('admin.importSites').map((c) => (c as { dryRun: boolean }).dryRun)).toEqual([true, true, false]));
    expect(await screen.findByText('1 site imported into Norte Logistics.')).toBeInTheDocument();
  });
});
