import type { SeriesPoint, StateProfile } from '@atalaya/api';
import { seriesByKey } from '@atalaya/domain';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../filters/testing.tsx';
import { caseFileTotals, compareRates, monthlyRows, NATIONAL_POPULATION_2024 } from './profile-data.ts';
import { StateProfilePage } from './StateProfilePage.tsx';

function point(p: Partial<SeriesPoint> & Pick<SeriesPoint, 'place' | 'periodStart' | 'value'>): SeriesPoint {
  return {
    periodEnd: p.periodStart.slice(0, 4) + '-12-31',
    unit: 'per 100k',
    dimension: null,
    dataStatus: null,
    confidence: 'high',
    sourceUrl: null,
    sourceLabel: null,
    itemId: null,
    note: null,
    ...p,
  };
}

const rates: SeriesPoint[] = [
  point({ place: 'MX', periodStart: '2023-01-01', value: 24.9, dataStatus: 'definitive', sourceLabel: 'INEGI via a.example' }),
  point({ place: 'MX-SIN', periodStart: '2023-01-01', value: 21, dataStatus: 'definitive', sourceLabel: 'INEGI via b.example' }),
  point({ place: 'MX', periodStart: '2024-01-01', value: 25.6, dataStatus: 'preliminary', sourceLabel: 'INEGI via c.example' }),
  point({ place: 'MX', periodStart: '2024-01-01', value: 25.8, dataStatus: 'definitive', sourceLabel: 'INEGI via d.example', sourceUrl: 'https://d.example/2024' }),
  point({ place: 'MX-SIN', periodStart: '2024-01-01', value: 33, dataStatus: 'preliminary', sourceLabel: 'INEGI via e.example', sourceUrl: 'https://e.example/sin' }),
];

const files = (place: string, month: string, value: number) =>
  point({ place, periodStart: month, periodEnd: month.replace(/01$/, '28'), value, unit: 'case files', confidence: 'medium', sourceLabel: 'Third-party compilation of SESNSP data', sourceUrl: 'https://f.example/sesnsp.csv' });

const caseFiles: SeriesPoint[] = [files('MX', '2025-01-01', 2000), files('MX-SIN', '2025-01-01', 150), files('MX', '2025-02-01', 1800), files('MX-SIN', '2025-02-01', 120)];

function profile(): StateProfile {
  return {
    code: 'MX-SIN',
    itemCount: 13,
    nationalItemCount: 52,
    homicideRate: { series: seriesByKey('homicide_rate_inegi')!, points: rates },
    caseFiles: { series: seriesByKey('homicide_case_files_sesnsp')!, points: caseFiles },
    items: {
      items: [
        {
          id: 7,
          editionId: 1,
          kind: 'summary',
          headline: 'Clashes in Culiacán continue',
          summary: '…',
          date: '2025-02-03',
          outlet: 'Ríodoce',
          articleAuthor: null,
          originalTitle: null,
          url: null,
          language: 'es',
          demo: false,
          places: ['MX-SIN'],
          topics: [{ slug: 'homicides-violence', label: { en: 'Homicides & violence', es: 'Homicidios y violencia' } }],
          organizations: [],
          people: [],
        },
      ] as StateProfile['items']['items'],
      nextCursor: null,
    },
    topOrganizations: [{ slug: 'la-mayiza', label: { en: 'La Mayiza', es: 'La Mayiza' }, count: 5 }],
    topTopics: [{ slug: 'homicides-violence', label: { en: 'Homicides & violence', es: 'Homicidios y violencia' }, count: 7 }],
  };
}

function renderProfile(url: string, lang: 'en' | 'es' = 'en') {
  return renderWithApp(<StateProfilePage today="2025-06-15" />, {
    url,
    path: '/states/:code',
    lang,
    seed: ({ queryClient, trpc }) =>
      queryClient.setQueryData(trpc.states.profile.queryKey({ code: 'MX-SIN', filter: { states: [], topics: [], orgs: [] } }), profile()),
  });
}

beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new Error('no network in component tests'))));
});
afterEach(() => vi.unstubAllGlobals());

describe('StateProfilePage', () => {
  it('says "Unknown state" for a code that is not a state, and offers the real ones', () => {
    renderProfile('/states/MX-XXX');
    expect(screen.getByRole('heading', { level: 1, name: 'Unknown state' })).toBeInTheDocument();
    expect(screen.getByText(/“MX-XXX” is not one of Mexico’s 32 federal entities/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Estado de México' })).toHaveAttribute('href', '/states/MX-MEX');
    expect(screen.getAllByRole('listitem')).toHaveLength(32);
  });

  it('sends a lower-case code to the canonical address', () => {
    const { location } = renderProfile('/states/mx-sin?from=2025-01-01');
    expect(location()).toBe('/states/MX-SIN?from=2025-01-01');
  });

  it('profiles the state against the national figures, each with its source', () => {
    renderProfile('/states/MX-SIN');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sinaloa');

    const items = within(screen.getByRole('article', { name: 'Items about Sinaloa' }));
    expect(items.getByText('13')).toBeInTheDocument();
    expect(items.getByText('25% of the 52 items in the period')).toBeInTheDocument();

    const rate = within(screen.getByRole('article', { name: 'Homicide rate (INEGI)' }));
    expect(rate.getByText('33')).toBeInTheDocument();
    expect(rate.getByText('2024, preliminary')).toBeInTheDocument();
    // National figure of the same year, the definitive one.
    expect(rate.getByText('National 2024, definitive: 25.8 · 1.3× the national rate')).toBeInTheDocument();
    expect(rate.getByRole('link', { name: 'INEGI via e.example' })).toHaveAttribute('href', 'https://e.example/sin');
    expect(rate.getByRole('link', { name: 'INEGI via d.example' })).toBeInTheDocument();

    const files = within(screen.getByRole('article', { name: 'Homicide case files (SESNSP)' }));
    expect(files.getByText('270')).toBeInTheDocument();
    expect(files.getByRole('link', { name: 'Third-party compilation of SESNSP data' })).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Clashes in Culiacán continue' })).toHaveAttribute('href', '/items/7');
    expect(screen.getByRole('link', { name: /Dashboard filtered to Sinaloa/ })).toHaveAttribute('href', '/?states=MX-SIN');
    expect(screen.getByRole('link', { name: 'La Mayiza' })).toHaveAttribute('href', '/?states=MX-SIN&orgs=la-mayiza');
  });

  it('changes the period through the URL', async () => {
    const { user, params } = renderProfile('/states/MX-SIN');
    expect(screen.getByText('Period: All time')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Year to date' }));
    expect(params().get('from')).toBe('2025-01-01');
    expect(screen.getByText('Period: Jan 1, 2025 – Jun 15, 2025')).toBeInTheDocument();
  });

  it('reads in Spanish, with the state name unchanged', () => {
    renderProfile('/states/MX-SIN', 'es');
    expect(screen.getByRole('article', { name: 'Notas sobre Sinaloa' })).toBeInTheDocument();
    expect(screen.getByText('Periodo: Todo el periodo')).toBeInTheDocument();
  });
});

describe('profile figures', () => {
  it('compare the state’s latest year with the national figure of that year', () => {
    const c = compareRates(rates, 'MX-SIN');
    expect(c.state?.value).toBe(33);
    expect(c.national?.value).toBe(25.8);
    expect(c.ratio).toBeCloseTo(33 / 25.8);
    expect(compareRates(rates, 'MX-AGU')).toMatchObject({ state: null, ratio: null, national: { value: 25.8 } });
  });

  it('put monthly case files on one per-100k scale', () => {
    const rows = monthlyRows(caseFiles, 'MX-SIN');
    expect(rows.map((r) => [r.month, r.state, r.national])).toEqual([
      ['2025-01-01', 150, 2000],
      ['2025-02-01', 120, 1800],
    ]);
    expect(rows[0]?.nationalPer100k).toBeCloseTo((2000 / NATIONAL_POPULATION_2024) * 100_000, 2);
    expect(caseFileTotals(rows, 'MX-SIN')).toMatchObject({ months: 2, state: 270, national: 3800, first: '2025-01-01', last: '2025-02-01' });
  });
});
