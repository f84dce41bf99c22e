import type { Dashboard } from '@atalaya/api';
import type { UseQueryResult } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider, type Lang } from '../../i18n/index.tsx';
import { compareValues } from './change.ts';
import { KpiGrid } from './KpiCard.tsx';
import { KpiCards, periodDays } from './KpiCards.tsx';

function kpis(overrides: Partial<Dashboard['kpis']> = {}): Dashboard['kpis'] {
  return {
    items: { value: 40, previous: 8, unit: 'items', source: 'Published newsletter items' },
    prisonerTransfers: { value: 55, previous: 0, unit: 'people', source: 'Gabinete de Seguridad; US Department of Justice (via press)' },
    seizures: [
      { drug: 'methamphetamine', value: 69263, previous: 290, unit: 'kg', source: 'Figures reported in the items' },
      { drug: 'fentanyl', value: 643, previous: 1100, unit: 'kg', source: 'Figures reported in the items' },
      { drug: 'fentanyl_pills', value: 3_500_000, previous: 3_500_000, unit: 'pills', source: 'Figures reported in the items' },
    ],
    homicideRate: {
      value: 25.8,
      previous: 24.9,
      year: 2024,
      dataStatus: 'definitive',
      unit: 'per 100k',
      source: 'INEGI via example.org',
      sourceUrl: 'https://example.org/inegi-2024',
    },
    ...overrides,
  };
}

function renderGrid(data: Dashboard['kpis'], periodDays: number | null, lang: Lang = 'en') {
  return render(
    <I18nProvider lang={lang}>
      <KpiGrid kpis={data} periodDays={periodDays} />
    </I18nProvider>,
  );
}

const card = (name: string | RegExp) => within(screen.getByRole('article', { name }));
/** The "Source: …" line of a card, whose text spans a label and a link. */
const sourceOf = (name: string) => card(name).getByText(/^(Source|Sources|Fuente|Fuentes):/);

describe('KPI cards', () => {
  it('show each figure with an arrow, the percentage and the previous value in words', () => {
    renderGrid(kpis(), 365);
    const items = card('Items');
    expect(items.getByText('40')).toBeInTheDocument();
    expect(items.getByText('▲')).toBeInTheDocument();
    expect(items.getByText('Up 400% from 8 in the previous 365 days.')).toBeInTheDocument();
    expect(sourceOf('Items')).toHaveTextContent('Source: Published newsletter items');

    const seizures = card('Drug seizures');
    const rows = seizures.getAllByRole('row');
    // Fentanyl first, whatever order the API sent.
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Fentanyl', 'Fentanyl pills', 'Methamphetamine']);
    expect(within(rows[0] as HTMLElement).getByText('▼')).toBeInTheDocument();
    expect(within(rows[0] as HTMLElement).getByText('Down 42% from 1,100 in the previous 365 days.')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText('3.5M')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText(/Unchanged from 3\.5M/)).toBeInTheDocument();
    // One source line for rows that share a source.
    expect(seizures.getAllByText(/^Source:/)).toHaveLength(1);

    // Up from zero has no percentage.
    expect(card('Prisoner transfers to the US').getByText('Up from 0 in the previous 365 days.')).toBeInTheDocument();
  });

  it('says "no comparison" when the filter has no closed date range', () => {
    const data = kpis({
      items: { value: 52, previous: null, unit: 'items', source: 'Published newsletter items' },
      prisonerTransfers: { value: 92, previous: null, unit: 'people', source: 'x' },
      seizures: [{ drug: 'fentanyl', value: 1743, previous: null, unit: 'kg', source: 'Figures reported in the items' }],
    });
    renderGrid(data, null);
    for (const name of ['Items', 'Prisoner transfers to the US', 'Drug seizures']) {
      expect(card(name).getByText('No comparison')).toBeInTheDocument();
      expect(card(name).queryByText(/[▲▼]/)).not.toBeInTheDocument();
    }
    // Said once under the seizures, not down a column of its own that would push the card wider.
    expect(card('Drug seizures').getAllByText('No comparison')).toHaveLength(1);
    expect(within(card('Drug seizures').getByRole('row')).getAllByRole('cell')).toHaveLength(1);
  });

  it('mark a seizure row with nothing to compare with by a dash when the others have a change', () => {
    const { seizures } = kpis();
    renderGrid(kpis({ seizures: [...seizures, { drug: 'cocaine', value: 120, previous: null, unit: 'kg', source: 'Figures reported in the items' }] }), 30);
    const cocaine = within(card('Drug seizures').getByRole('row', { name: /^Cocaine/ }));
    expect(cocaine.getByText('–')).toBeInTheDocument();
    expect(cocaine.getByText(/^No comparison: /)).toBeInTheDocument();
    expect(card('Drug seizures').queryByText('No comparison')).not.toBeInTheDocument();
  });

  it('give the national homicide rate with its year, status and a link to its source', () => {
    renderGrid(kpis(), 30);
    const rate = card('National homicide rate');
    expect(rate.getByText('25.8')).toBeInTheDocument();
    expect(rate.getByText('per 100,000 inhabitants')).toBeInTheDocument();
    expect(rate.getByText('2024 · definitive')).toBeInTheDocument();
    expect(rate.getByText('Up 3.6% from 24.9 in the previous year.')).toBeInTheDocument();
    expect(rate.getByRole('link', { name: 'INEGI via example.org' })).toHaveAttribute('href', 'https://example.org/inegi-2024');
  });

  it('show "no data" rather than a zero when there is no homicide figure', () => {
    renderGrid(kpis({ homicideRate: { value: null, previous: null, year: null, dataStatus: null, unit: 'per 100k', source: 'INEGI', sourceUrl: null } }), 30);
    const rate = card('National homicide rate');
    expect(rate.getByText('No data')).toBeInTheDocument();
    expect(rate.queryByText('0')).not.toBeInTheDocument();
    expect(sourceOf('National homicide rate')).toHaveTextContent('Source: INEGI');
  });

  it('read in Spanish with es-MX numbers', () => {
    renderGrid(kpis(), 30, 'es');
    expect(card('Notas').getByText('Sube 400% respecto de 8 en los 30 días anteriores.')).toBeInTheDocument();
    expect(card('Aseguramientos de droga').getByText('69,263')).toBeInTheDocument();
    expect(card('Tasa nacional de homicidios').getByText('2024 · definitiva')).toBeInTheDocument();
    expect(sourceOf('Notas')).toHaveTextContent('Fuente: Notas publicadas en el boletín');
  });

  it('measure the period as the API does', () => {
    expect(periodDays({}, '2025-06-15')).toBeNull();
    expect(periodDays({ from: '2025-06-01', to: '2025-06-30' }, '2025-06-15')).toBe(30);
    expect(periodDays({ from: '2025-06-01' }, '2025-06-15')).toBe(15);
    expect(compareValues(5, null)).toEqual({ kind: 'none' });
    expect(compareValues(5, 10)).toEqual({ kind: 'down', ratio: -0.5 });
  });
});

describe('KpiCards loading and errors', () => {
  const query = (q: Partial<UseQueryResult<Dashboard, { message: string }>>) => q as UseQueryResult<Dashboard, { message: string }>;
  const renderCards = (q: UseQueryResult<Dashboard, { message: string }>) =>
    render(
      <MemoryRouter>
        <I18nProvider lang="en">
          <KpiCards query={q} today="2025-06-15" />
        </I18nProvider>
      </MemoryRouter>,
    );

  it('hold the cards’ place while loading', () => {
    renderCards(query({ isPending: true, isError: false, isFetching: true }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading the key figures…');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('offer a retry after an error', async () => {
    const refetch = vi.fn();
    renderCards(query({ isPending: false, isError: true, error: { message: 'Network down' }, refetch } as never));
    expect(screen.getByRole('alert')).toHaveTextContent('The key figures could not be loaded: Network down');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(refetch).toHaveBeenCalled();
  });

  it('compare with the previous period of the URL’s filter', () => {
    render(
      <MemoryRouter initialEntries={['/?from=2025-06-01&to=2025-06-30']}>
        <I18nProvider lang="en">
          <KpiCards query={query({ isPending: false, isError: false, isSuccess: true, data: { kpis: kpis() } as Dashboard })} today="2025-06-15" />
        </I18nProvider>
      </MemoryRouter>,
    );
    expect(card('Items').getByText('Up 400% from 8 in the previous 30 days.')).toBeInTheDocument();
  });
});
