import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderApp, testUser } from '../../../test/trpc-fake.tsx';
import { PORTFOLIO } from '../exposure/fixtures.ts';
import { PortfolioPage } from './PortfolioPage.tsx';

afterEach(() => vi.unstubAllGlobals());

describe('PortfolioPage', () => {
  it('lists the organisations in the server’s order, the most affected first, with what changed this week', async () => {
    fakeApi({ 'auth.me': () => testUser('account_manager'), 'portfolio.get': () => PORTFOLIO });
    renderApp(<PortfolioPage />, { url: '/portfolio' });
    const table = await screen.findByRole('table', { name: 'Client organisations, the most affected this week first' });
    const names = within(table).getAllByRole('rowheader').map((h) => h.textContent);
    expect(names).toEqual(['Norte Logistics', 'Bajío Foods', 'Acme']);
    const norte = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(within(norte).getByRole('link', { name: 'Open the exposure page of Norte Logistics' })).toHaveAttribute('href', '/exposure?org=2');
    expect(norte).toHaveTextContent('4 sites: 1 extreme, 1 high, 1 moderate, 1 not rated');
    expect(norte).toHaveTextContent('Raised: 1, lowered: 0');
    expect(norte).toHaveTextContent('Sinaloa: High → Extreme (Jun 3, 2025)');
    expect(within(norte).getByRole('link', { name: '3 items, new this week, about the states of Norte Logistics' })).toHaveAttribute(
      'href',
      '/?from=2025-05-30&to=2025-06-05&states=MX-NLE,MX-SIN,MX-SON',
    );
    const acme = within(table).getAllByRole('row')[3] as HTMLElement;
    expect(acme).toHaveTextContent('No sites');
    expect(screen.getByText('This week: May 30, 2025 – Jun 5, 2025.')).toBeInTheDocument();
  });

  it('speaks Spanish', async () => {
    fakeApi({ 'auth.me': () => testUser('admin'), 'portfolio.get': () => PORTFOLIO });
    renderApp(<PortfolioPage />, { url: '/portfolio', lang: 'es' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Cartera' })).toBeInTheDocument();
    expect(await screen.findByText('4 instalaciones: 1 extrema, 1 alta, 1 moderada, 1 sin calificar')).toBeInTheDocument();
    expect(screen.getByText('Sinaloa: Alto → Extremo (3 jun 2025)')).toBeInTheDocument();
  });
});
