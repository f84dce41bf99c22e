import type { AppRouter } from '@atalaya/api';
import { seriesByKey, type SeriesKey } from '@atalaya/domain';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../app/Providers.tsx';
import type { Lang } from '../../i18n/index.tsx';
import { makeQueryClient, makeTrpcClient } from '../../lib/trpc.ts';
import { CaseFilesChart } from './CaseFilesChart.tsx';
import { shapeMonthly } from './case-files.ts';
import { I18nProvider } from '../../i18n/index.tsx';
import { cumulativeTransfers } from './transfers.ts';
import { TransfersChart } from './TransfersChart.tsx';
import { monthPoint, point } from './test-points.ts';
import type { TrendPointLike } from './points.ts';
import { TrendCharts } from './TrendCharts.tsx';

const months = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'];
const caseFiles = [
  ...months.map((m, i) => monthPoint('MX', m, 2000 + i * 10, { confidence: m === '2024-03' ? 'low' : 'medium', sourceLabel: 'Third-party compilation of SESNSP data' })),
  ...months.map((m, i) => monthPoint('MX-SIN', m, 120 + i * 5, { sourceLabel: 'Third-party compilation of SESNSP data' })),
];
const transfers = [
  point({ periodStart: '2025-02-27', periodEnd: '2025-02-27', value: 29, unit: 'people', sourceLabel: 'Gabinete de Seguridad via a.mx', sourceUrl: 'https://a.mx/1' }),
  point({ periodStart: '2025-08-12', periodEnd: '2025-08-12', value: 26, unit: 'people', sourceLabel: 'Gabinete de Seguridad via b.mx', sourceUrl: 'https://b.mx/2' }),
  point({ periodStart: '2026-01-20', periodEnd: '2026-01-20', value: 37, unit: 'people', sourceLabel: 'Gabinete de Seguridad via c.mx', sourceUrl: 'https://c.mx/3' }),
];
const sedena = [
  point({ periodStart: '2024-01-01', periodEnd: '2024-12-31', dimension: 'fentanyl', value: 341, unit: 'kg', sourceLabel: 'Sedena via d.mx' }),
  point({ periodStart: '2024-01-01', periodEnd: '2024-12-31', dimension: 'methamphetamine', value: 19808, unit: 'kg', sourceLabel: 'Sedena via d.mx' }),
];
const cbp = [
  point({ place: 'US', periodStart: '2024-10-01', periodEnd: '2025-01-31', value: 5409, unit: 'lb', sourceLabel: 'CBP via e.com', note: 'CBP, scope not stated by the source.' }),
  point({ place: 'US', periodStart: '2024-10-01', periodEnd: '2025-04-30', value: 7700, unit: 'lb', sourceLabel: 'CBP via f.com' }),
];
const RANGE = { from: '2024-01-01', to: '2025-12-31' };

const withNotes = (points: TrendPointLike[]) => points.map((p) => ({ ...p, note: p.note ?? null, itemId: null }));

function renderDashboard(url: string, lang: Lang = 'en') {
  const queryClient = makeQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity } });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: makeTrpcClient('http://test.invalid'), queryClient });
  const seed = (series: SeriesKey, places: Array<'MX' | 'MX-SIN' | 'US'>, points: TrendPointLike[], range: { from?: string; to?: string } = RANGE) =>
    queryClient.setQueryData(trpc.metrics.series.queryKey({ series, places, ...range }), { series: seriesByKey(series)!, points: withNotes(points) });
  seed('homicide_case_files_sesnsp', ['MX', 'MX-SIN'], caseFiles);
  seed('prisoner_transfers', ['MX'], transfers, {});
  seed('drug_seizures_sedena_kg', ['MX'], sedena);
  seed('drug_seizures_cabinet_kg', ['MX'], []);
  seed('drug_seizures_cabinet_kg', ['MX'], [point({ periodStart: '2019-01-01', periodEnd: '2019-12-31', dimension: 'fentanyl', value: 419, unit: 'kg' })], {});
  seed('fentanyl_seizures_cbp_lb', ['US'], cbp);
  queryClient.setQueryData(trpc.dashboard.topicVolume.queryKey({ filter: { ...RANGE, states: ['MX-SIN'], topics: [], orgs: [] } }), [
    { month: '2025-01-01', topic: 'cartels-organized-crime', count: 4 },
    { month: '2025-02-01', topic: 'extraditions-transfers', count: 2 },
  ]);
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={[url]}>
      <Providers queryClient={queryClient} lang={lang}>
        <TrendCharts />
      </Providers>
    </MemoryRouter>,
  );
  return { user };
}

const card = (name: RegExp) => screen.findByRole('region', { name });

beforeEach(() => {
  // Every query is in the cache: a request would be a bug.
  vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new Error('no network in component tests'))));
});
afterEach(() => vi.unstubAllGlobals());

describe('CaseFilesChart', () => {
  it('draws one line per place at a fixed size, with low-confidence months as hollow points', () => {
    const data = shapeMonthly(caseFiles, ['MX', 'MX-SIN'], 'per100k');
    const { container } = render(
      <I18nProvider lang="en">
        <CaseFilesChart data={data} measure="per100k" width={640} />
      </I18nProvider>,
    );
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(2);
    // Nothing inside the figure takes focus: the data table is the keyboard alternative.
    expect(container.querySelectorAll('[tabindex]:not([tabindex="-1"])')).toHaveLength(0);
    const strokes = [...container.querySelectorAll('.recharts-line-curve')].map((p) => p.getAttribute('stroke'));
    expect(strokes).toEqual(['#000000', '#0072B2']);
    const hollow = [...container.querySelectorAll('circle')].filter((c) => c.getAttribute('fill') === '#ffffff');
    expect(hollow).toHaveLength(1);
  });
});

describe('CaseFilesChart, large (briefing mode)', () => {
  it('is taller, with thicker lines and bigger type', () => {
    const data = shapeMonthly(caseFiles, ['MX'], 'count');
    const { container } = render(
      <I18nProvider lang="es">
        <CaseFilesChart data={data} measure="count" size="large" width={900} />
      </I18nProvider>,
    );
    expect(container.querySelector('svg.recharts-surface')).toHaveAttribute('height', '460');
    expect(container.querySelector('.recharts-line-curve')).toHaveAttribute('stroke-width', '5');
    // Spanish month names on the axis.
    expect(container.querySelector('svg.recharts-surface')).toHaveTextContent(/ene 2024/);
  });
});

describe('TransfersChart', () => {
  it('labels each step with its running total and the transfer’s count', () => {
    const { container } = render(
      <I18nProvider lang="en">
        <TransfersChart steps={cumulativeTransfers(transfers)} width={640} />
      </I18nProvider>,
    );
    const labels = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(['29 (+29)', '55 (+26)', '92 (+37)']));
  });
});

describe('TrendCharts', () => {
  it('shows national and the selected state per 100k, with the third-party source and a data table', async () => {
    const { user } = renderDashboard('/?states=MX-SIN&from=2024-01-01&to=2025-12-31');
    const caseFilesCard = await card(/homicide case files per month/i);
    const figure = within(caseFilesCard).getByRole('img');
    expect(figure).toHaveAccessibleName(/National: .* Sinaloa: /);
    expect(figure).toHaveAccessibleName(/per 100k/);
    expect(within(caseFilesCard).getByRole('button', { name: 'Per 100k inhabitants' })).toHaveAttribute('aria-pressed', 'true');
    const source = caseFilesCard.querySelector('.trend-source')!;
    expect(source).toHaveTextContent(/SESNSP \(third-party compilation\)/);
    expect(source).toHaveTextContent(/not an official release/);

    await user.click(within(caseFilesCard).getByText('Show data'));
    const table = within(caseFilesCard).getByRole('table');
    expect(within(table).getByRole('columnheader', { name: /Sinaloa/ })).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(1 + months.length);

    await user.click(within(caseFilesCard).getByRole('button', { name: 'Case files' }));
    expect(within(caseFilesCard).getByText('National (right axis)')).toBeInTheDocument();
    expect(within(table).getAllByRole('cell')[0]).toHaveTextContent('2,000');
  });

  it('gives every transfer to date, 92 in all, even past the filter’s end', async () => {
    renderDashboard('/?states=MX-SIN&from=2024-01-01&to=2025-12-31');
    const transfersCard = await card(/prisoners sent from mexico to the us/i);
    expect(within(transfersCard).getByRole('img')).toHaveAccessibleName(/92 in all/);
    expect(within(transfersCard).getByText(/National figure/)).toBeInTheDocument();
  });

  it('shows one seizure series at a time and switches source with the selector', async () => {
    const { user } = renderDashboard('/?states=MX-SIN&from=2024-01-01&to=2025-12-31');
    const seizures = await card(/drug seizures/i);
    const source = () => seizures.querySelector('.trend-source')?.textContent ?? '';
    expect(source()).toMatch(/Source: Sedena/);
    expect(within(seizures).getByRole('img')).toHaveAccessibleName(/2024: Fentanyl 341, Methamphetamine 19,808/);

    await user.selectOptions(within(seizures).getByRole('combobox', { name: 'Series' }), 'US CBP, fentanyl in pounds');
    expect(source()).toMatch(/Source: US CBP/);
    expect(source()).not.toMatch(/Sedena/);
    expect(within(seizures).getByText(/some overlap/)).toBeInTheDocument();
    expect(within(seizures).getByRole('img')).toHaveAccessibleName(/Oct 2024 – Jan 2025: Fentanyl 5,409/);

    await user.selectOptions(within(seizures).getByRole('combobox', { name: 'Series' }), 'Whole Security Cabinet, kg by drug');
    expect(within(seizures).getByText('No data for this period.')).toBeInTheDocument();
    expect(source()).toMatch(/Source: Gabinete de Seguridad/);
    await user.click(within(seizures).getByRole('button', { name: 'Show every period on record' }));
    expect(await within(seizures).findByRole('img', { name: /2019: Fentanyl 419/ })).toBeInTheDocument();
  });

  it('stacks item volume by topic with topic names in Spanish', async () => {
    renderDashboard('/?states=MX-SIN&from=2024-01-01&to=2025-12-31', 'es');
    const topics = await card(/notas por tema y mes/i);
    const legend = topics.querySelector('.trend-legend') as HTMLElement;
    expect(legend).toHaveTextContent('Cárteles y crimen organizado');
    expect(legend).toHaveTextContent('Extradiciones y traslados');
    expect(within(topics).getByRole('img')).toHaveAccessibleName(/Gráfica de barras apiladas/);
    expect(within(topics).getByRole('button', { name: /Descargar PNG/ })).toBeEnabled();
  });
});
