import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderApp, testUser } from '../../../test/trpc-fake.tsx';
import { ExposurePage } from './ExposurePage.tsx';
import { signalsFixture } from '../rating/fixtures.ts';
import { EXPOSURE, FIRST_VISIT, SINCE } from './fixtures.ts';
import type { ExposureData, SinceLastVisit } from './types.ts';

afterEach(() => vi.unstubAllGlobals());

function serve(role: 'client' | 'account_manager', options: { orgs?: Array<{ id: number; name: string }>; since?: SinceLastVisit; exposure?: (orgId: number) => ExposureData } = {}) {
  return fakeApi({
    'auth.me': () => testUser(role, 2),
    'exposure.orgs': () => options.orgs ?? [{ id: 2, name: 'Norte Logistics' }],
    'exposure.get': (input) => (options.exposure ?? (() => EXPOSURE))((input as { orgId: number }).orgId),
    'exposure.sinceLastVisit': () => options.since ?? SINCE,
    'exposure.markVisit': () => ({ previousVisit: null }),
    'levels.signals': (input) => signalsFixture((input as { date: string }).date),
  });
}

const table = () => screen.getByRole('table', { name: /^(Sites of|Instalaciones de) Norte Logistics/ });
const row = (site: string) => within(table()).getByRole('rowheader', { name: new RegExp(site) }).closest('tr') as HTMLElement;

describe('ExposurePage', () => {
  it('says the exposure in one line and gives each site its level, where it comes from and how it moved', async () => {
    const api = serve('client');
    renderApp(<ExposurePage />, { url: '/exposure' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Exposure: Norte Logistics' })).toBeInTheDocument();
    expect(screen.getByText('3 sites: 1 extreme, 1 moderate, 1 not rated; Sinaloa raised to extreme on 3 June')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Organisation' })).not.toBeInTheDocument();

    const culiacan = row('Culiacán plant');
    expect(culiacan).toHaveTextContent('Extreme');
    expect(culiacan).toHaveTextContent('state’s rating');
    expect(culiacan).toHaveTextContent('Demo data');
    expect(culiacan).toHaveTextContent('Violence and organised crime: Extreme');
    expect(within(culiacan).getAllByText('Raised from High')).toHaveLength(2);
    expect(culiacan).toHaveTextContent('Level 4 of 4: Do not travel');
    expect(within(culiacan).getByRole('link', { name: 'Items about Culiacán: 1 in 7 days' })).toHaveAttribute(
      'href',
      `/?from=2025-06-14&to=2025-06-20&states=MX-SIN&q=${encodeURIComponent('"Culiacán" or "Culiacán Rosales"')}`,
    );
    expect(within(culiacan).getByRole('link', { name: 'Items about Sinaloa: 2 in 30 days' })).toHaveAttribute('href', '/?from=2025-05-22&to=2025-06-20&states=MX-SIN');

    const mazatlan = row('Mazatlán warehouse');
    expect(mazatlan).toHaveTextContent('Moderate');
    expect(mazatlan).toHaveTextContent('city’s own rating');
    expect(mazatlan).toHaveTextContent('No change');
    expect(mazatlan).toHaveTextContent('Lowered from Elevated');

    const monterrey = row('Monterrey office');
    expect(monterrey).toHaveTextContent('Not rated');
    expect(monterrey).not.toHaveTextContent(/\bLow\b/);

    // The page opening counts as a visit, once.
    await waitFor(() => expect(api.callsTo('exposure.markVisit')).toEqual([{ orgId: 2 }]));
  });

  it('links to the dashboard and to the files, and explains the ratings with their evidence', async () => {
    serve('client');
    renderApp(<ExposurePage />, { url: '/exposure' });
    expect(await screen.findByRole('link', { name: 'Open the dashboard' })).toHaveAttribute('href', '/');
    const downloads = screen.getByRole('group', { name: 'Download' });
    expect(within(downloads).getByRole('link', { name: 'Exposure (PDF)' })).toHaveAttribute('href', '/api/export/exposure.pdf?org=2');
    expect(within(downloads).getByRole('link', { name: 'Sites with levels (CSV)' })).toHaveAttribute('href', '/api/export/sites.csv?org=2');
    const why = screen.getByRole('region', { name: 'Why: the ratings behind these levels' });
    expect(within(why).getByRole('heading', { name: /^Sinaloa, since Jun 3, 2025/ })).toBeInTheDocument();
    expect(within(why).getByText('Why MX-SIN is at 5.')).toBeInTheDocument();
    expect(within(why).getByRole('link', { name: 'Clashes in Culiacán close the highway' })).toHaveAttribute('href', '/items/70');
    // Without WebGL (jsdom) the map says so; the table has every site.
    expect(await screen.findByRole('note')).toHaveTextContent('cannot draw the map');
  });

  it('shows each state’s level, the US advisory beside it and its computed signals, with their inputs on demand', async () => {
    const api = serve('client');
    const { user } = renderApp(<ExposurePage />, { url: '/exposure' });
    const states = await screen.findByRole('table', { name: 'Each state’s own level, items and the US travel advisory' });
    const sinaloa = within(states).getByRole('rowheader', { name: /Sinaloa/ }).closest('tr') as HTMLElement;
    expect(sinaloa).toHaveTextContent('Extreme');
    expect(sinaloa).toHaveTextContent('Level 4 of 4: Do not travel');
    expect(sinaloa).toHaveTextContent('Case files Red');
    expect(sinaloa).toHaveTextContent('Items Amber');
    await user.click(within(sinaloa).getByRole('button', { name: 'Inputs of Sinaloa’s signals' }));
    const signals = await screen.findByRole('region', { name: 'Computed signals' });
    expect(await within(signals).findByText(/Mean of the 12 months before it: 120/)).toBeInTheDocument();
    expect(api.callsTo('levels.signals')).toEqual([{ date: '2025-06-20', states: ['MX-SIN'] }]);
    expect(within(sinaloa).getByRole('button', { name: 'Hide Sinaloa’s signals' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('lists what changed since the last visit', async () => {
    serve('client');
    renderApp(<ExposurePage />, { url: '/exposure' });
    const since = await screen.findByRole('region', { name: 'Since your last visit' });
    expect(await within(since).findByText(/Sinaloa \(Overall\): High → Extreme, from Jun 3, 2025/)).toBeInTheDocument();
    expect(within(since).getByText('Affects: Culiacán plant, Mazatlán warehouse')).toBeInTheDocument();
    expect(within(since).getByRole('link', { name: 'Week of 20 June' })).toHaveAttribute('href', '/editions/5');
    expect(within(since).getByRole('link', { name: 'Clashes in Culiacán close the highway' })).toHaveAttribute('href', '/items/70');
  });

  it('says when a visit is the first one', async () => {
    serve('client', { since: FIRST_VISIT });
    renderApp(<ExposurePage />, { url: '/exposure' });
    const first = await screen.findByRole('region', { name: 'Since your last visit' });
    expect(await within(first).findByText('Your first visit: what the firm published in the last 7 days.')).toBeInTheDocument();
    expect(within(first).getByText('Nothing new about your places since then.')).toBeInTheDocument();
  });

  it('lets an account manager choose among the organisations assigned', async () => {
    const other: ExposureData = { ...EXPOSURE, org: { id: 3, name: 'Bajío Foods', watchlist: [] }, sites: [], ratings: [], states: [], summary: { ...EXPOSURE.summary, sites: 0, byLevel: {}, notRated: 0, latestChange: null } };
    const api = serve('account_manager', { orgs: [{ id: 3, name: 'Bajío Foods' }, { id: 2, name: 'Norte Logistics' }], exposure: (id) => (id === 3 ? other : EXPOSURE) });
    const { user, location } = renderApp(<ExposurePage />, { url: '/exposure?org=2' });
    const picker = await screen.findByRole('combobox', { name: 'Organisation' });
    expect(picker).toHaveValue('2');
    await screen.findByRole('heading', { level: 1, name: 'Exposure: Norte Logistics' });
    await user.selectOptions(picker, 'Bajío Foods');
    expect(await screen.findByRole('heading', { level: 1, name: 'Exposure: Bajío Foods' })).toBeInTheDocument();
    expect(screen.getByText('No sites recorded yet')).toBeInTheDocument();
    expect(location()).toBe('/exposure?org=3');
    expect(api.callsTo('exposure.get')).toEqual([{ orgId: 2 }, { orgId: 3 }]);
  });

  it('speaks Spanish', async () => {
    serve('client');
    renderApp(<ExposurePage />, { url: '/exposure', lang: 'es' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Exposición: Norte Logistics' })).toBeInTheDocument();
    expect(screen.getByText('3 instalaciones: 1 extrema, 1 moderada, 1 sin calificar; Sinaloa subió a extremo el 3 de junio')).toBeInTheDocument();
    expect(row('Culiacán plant')).toHaveTextContent('Extremo');
    expect(screen.getByText('Guerra de facciones en la capital.')).toBeInTheDocument();
    // A rating whose Spanish rationale is still to be written says so and shows the English one.
    expect(screen.getByText('La justificación en español aún no está escrita; se muestra la versión en inglés.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Exposición (PDF)' })).toHaveAttribute('href', '/api/export/exposure.pdf?org=2&lang=es');
  });
});
