import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../app/Providers.tsx';
import type { Lang } from '../../i18n/index.tsx';
import MapPanel from './MapPanel.tsx';
import { ADVISORY, COUNTS, HOMICIDE_2024, LEVELS } from './test-data.ts';

function Location() {
  const { search } = useLocation();
  return <div data-testid="location">{search}</div>;
}

/** A tRPC batch answer (superjson): `data` for the homicide rates, `levels` for the risk levels, the US advisory, an anonymous visitor for the session ones. */
function trpcReply(data: unknown, levels: unknown = LEVELS) {
  return vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost');
    const paths = url.pathname.split('/').pop()!.split(',');
    const answer = (path: string) => (path.startsWith('auth.') ? null : path === 'levels.states' ? levels : path === 'levels.advisory' ? ADVISORY : data);
    const body = JSON.stringify(paths.map((path) => ({ result: { data: { json: answer(path) } } })));
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  });
}

function renderPanel(url: string, { lang = 'en' as Lang, counts = COUNTS as typeof COUNTS | null } = {}) {
  render(
    <MemoryRouter initialEntries={[url]}>
      <Providers lang={lang}>
        <MapPanel counts={counts} today="2026-01-10" />
        <Location />
      </Providers>
    </MemoryRouter>,
  );
}

const rawLocation = () => screen.getByTestId('location').textContent;
// The filter's own encoding of commas is use-filter's business; these tests check what it holds.
const location = () => decodeURIComponent(rawLocation() ?? '');
const table = () => screen.getByRole('table');
const rowOf = (name: string) => within(table()).getByRole('button', { name }).closest('tr')!;

beforeEach(() => vi.stubGlobal('fetch', trpcReply(HOMICIDE_2024)));
afterEach(() => vi.unstubAllGlobals());

describe('MapPanel (without WebGL, as in jsdom)', () => {
  it('falls back to the table and says why', () => {
    renderPanel('/');
    expect(screen.getByRole('note')).toHaveTextContent(/cannot draw the map/);
    expect(screen.getByRole('radio', { name: 'Items in the filter' })).toBeChecked();
    expect(within(rowOf('Sinaloa')).getAllByRole('cell')[0]).toHaveTextContent('40');
    expect(screen.getByRole('group', { name: 'Legend' })).toHaveTextContent('0 (25 states)');
  });

  it('puts a state chosen in the table into the URL filter, and adds a second one', async () => {
    renderPanel('/?from=2025-01-01');
    const user = userEvent.setup();
    within(table()).getByRole('button', { name: 'Chihuahua' }).focus();
    await user.keyboard('{Enter}');
    expect(location()).toBe('?from=2025-01-01&states=MX-CHH');
    await user.click(screen.getByRole('button', { name: 'Add Sonora to the filter' }));
    expect(location()).toBe('?from=2025-01-01&states=MX-CHH,MX-SON');
    expect(within(table()).getByRole('button', { name: 'Sonora' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Clear states' }));
    expect(location()).toBe('?from=2025-01-01');
  });

  it('switches layers through the URL, keeping the filter and its readable commas', async () => {
    renderPanel('/?states=MX-SIN,MX-SON');
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Items per 100,000 inhabitants' }));
    expect(rawLocation()).toBe('?states=MX-SIN,MX-SON&layer=items_per_100k');
    expect(screen.getByRole('table', { name: 'Items per 100,000 inhabitants, by state' })).toBeInTheDocument();
    // Arrow keys move within the radio group.
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('radio', { name: 'Items in the filter' })).toBeChecked();
    expect(rawLocation()).toBe('?states=MX-SIN,MX-SON');
  });

  it('shows the INEGI homicide rate with its year, status and gaps', async () => {
    renderPanel('/?layer=homicide_rate');
    expect(await screen.findByRole('table', { name: 'Homicide rate (INEGI 2024), by state' })).toBeInTheDocument();
    expect(within(rowOf('Colima')).getAllByRole('cell')[0]).toHaveTextContent('123.8');
    expect(within(rowOf('Aguascalientes')).getAllByRole('cell')[0]).toHaveTextContent('No data');
    const legend = screen.getByRole('group', { name: 'Legend' });
    expect(legend).toHaveTextContent('Homicides per 100,000 inhabitants, INEGI 2024');
    expect(within(legend).getByText('No data')).toBeInTheDocument();
    expect(screen.getByText(/3 definitive and 3 preliminary figures; 26 states have no 2024 figure/)).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith(expect.stringContaining('metrics.latestByState'), expect.anything());
  });

  it('colours states by the firm’s risk level at the end of the filter’s period', async () => {
    renderPanel('/?to=2025-07-01&layer=risk_level');
    const table = await screen.findByRole('table', { name: 'Risk level (Atalaya), by state' });
    expect(within(rowOf('Sinaloa')).getAllByRole('cell')[0]).toHaveTextContent('5 · Extreme');
    expect(within(rowOf('Sinaloa')).getAllByRole('cell')[1]).toHaveTextContent('Jun 3, 2025Demo data');
    expect(within(rowOf('Aguascalientes')).getAllByRole('cell')[0]).toHaveTextContent('Not rated');
    // Highest level first; the states never rated last.
    const first = within(table).getAllByRole('row')[1]!;
    expect(within(first).getByRole('rowheader')).toHaveTextContent('Sinaloa');
    const legend = screen.getByRole('group', { name: 'Legend' });
    expect(legend).toHaveTextContent('Overall risk level on Jul 1, 2025, rated by Atalaya’s analysts');
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '1 · Low (1 state)',
      '2 · Moderate (0 states)',
      '3 · Elevated (0 states)',
      '4 · High (1 state)',
      '5 · Extreme (1 state)',
      'Not rated (29 states)',
    ]);
    expect(screen.getByText(/not rated is not level 1\. Ratings tagged “Demo data” are demo content/)).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith(expect.stringContaining(encodeURIComponent('"date":"2025-07-01"')), expect.anything());
  });

  it('reads today’s levels when the period is open-ended, and shows them beside every layer’s figures', async () => {
    renderPanel('/?from=2025-01-01');
    expect(await within(rowOf('Chihuahua')).findByText('4 · High')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Risk level/ })).toBeInTheDocument();
    expect(within(rowOf('Jalisco')).getAllByRole('cell')[1]).toHaveTextContent('Not rated');
    expect(fetch).toHaveBeenCalledWith(expect.stringContaining(encodeURIComponent('"date":"2026-01-10"')), expect.anything());
  });

  it('shows the US travel advisory as its own layer, with its vintage and sources, beside the firm’s level', async () => {
    renderPanel('/?to=2025-07-01&layer=us_advisory');
    await screen.findByRole('table', { name: 'US travel advisory, by state' });
    const sinaloa = within(rowOf('Sinaloa')).getAllByRole('cell');
    expect(sinaloa.slice(0, 3).map((c) => c.textContent)).toEqual(['4 · Do not travel', 'Dec 6, 2024', '5 · ExtremeDemo data']);
    expect(within(rowOf('Campeche')).getAllByRole('cell')[0]).toHaveTextContent('No advisory');
    const legend = screen.getByRole('group', { name: 'Legend' });
    expect(legend).toHaveTextContent('US travel advisory of Dec 6, 2024, on its own four-step scale');
    expect(legend).toHaveTextContent('Source: US Department of State, as reported by example-daily.test, walking.example.test');
    expect(within(legend).getByRole('link', { name: 'example-daily.test' })).toHaveAttribute('href', 'https://www.example-daily.test/2024/12/06/advisory');
    expect(screen.getByText(/never blended with them/)).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith(expect.stringContaining('levels.advisory'), expect.anything());
  });

  it('does not ask for homicide rates or the US advisory on the items layer', () => {
    renderPanel('/');
    expect(fetch).not.toHaveBeenCalledWith(expect.stringContaining('metrics.latestByState'), expect.anything());
    expect(fetch).not.toHaveBeenCalledWith(expect.stringContaining('levels.advisory'), expect.anything());
  });

  it('says it is loading until the counts arrive', () => {
    renderPanel('/', { counts: null });
    expect(screen.getByRole('status')).toHaveTextContent('Loading the figures…');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('reports a failed request with a retry', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('[{"error":{"json":{"message":"boom","code":-32603,"data":{"code":"INTERNAL_SERVER_ERROR","httpStatus":500}}}}]', { status: 500, headers: { 'content-type': 'application/json' } })));
    renderPanel('/?layer=homicide_rate');
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Could not load the homicide rates');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('reads in Spanish', async () => {
    renderPanel('/?layer=homicide_rate', { lang: 'es' });
    expect(await screen.findByRole('table', { name: 'Tasa de homicidios (INEGI 2024), por estado' })).toBeInTheDocument();
    expect(within(rowOf('Aguascalientes')).getAllByRole('cell')[0]).toHaveTextContent('Sin datos');
    expect(screen.getByRole('radio', { name: 'Notas en el filtro' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Descargar PNG' })).toBeDisabled();
  });

  it('names the levels in Spanish', async () => {
    renderPanel('/?to=2025-07-01&layer=risk_level', { lang: 'es' });
    await screen.findByRole('table', { name: 'Nivel de riesgo (Atalaya), por estado' });
    expect(within(rowOf('Sinaloa')).getAllByRole('cell')[0]).toHaveTextContent('5 · Extremo');
    expect(within(rowOf('Aguascalientes')).getAllByRole('cell')[0]).toHaveTextContent('Sin calificar');
    expect(screen.getByRole('group', { name: 'Leyenda' })).toHaveTextContent('Sin calificar (29 estados)');
  });
});
