import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ITEM } from './fixtures.ts';
import { ItemView } from './ItemView.tsx';
import { renderWith } from './test-render.tsx';

describe('ItemView', () => {
  it('shows the headline, date, summary and the full citation', () => {
    renderWith(<ItemView item={ITEM} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Test headline 42' })).toBeInTheDocument();
    expect(screen.getByText('First paragraph of item 42.')).toBeInTheDocument();
    expect(screen.getByText('Second paragraph of item 42.')).toBeInTheDocument();

    const source = screen.getByRole('region', { name: 'Source' });
    expect(within(source).getAllByText('Diario de Prueba').length).toBeGreaterThan(0);
    expect(within(source).getByText('Ana Reportera')).toBeInTheDocument();
    expect(within(source).getAllByText('Mar 10, 2025').length).toBeGreaterThan(0);
    const original = within(source).getByText('Título original 42', { selector: 'cite' });
    expect(original).toHaveAttribute('lang', 'es');
    const link = within(source).getByRole('link', { name: /read the original/i });
    expect(link).toHaveAttribute('href', 'https://example.org/nota-42');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('tags a demo item as demo data beside its headline, in English and Spanish', () => {
    const { unmount } = renderWith(<ItemView item={{ ...ITEM, demo: true }} />);
    const header = screen.getByRole('heading', { level: 1, name: 'Test headline 42' }).closest('header') as HTMLElement;
    expect(within(header).getByText('Demo data')).toBeVisible();
    expect(header).toHaveTextContent('Written for the demonstration: this is not the firm’s reporting.');
    unmount();
    const es = renderWith(<ItemView item={{ ...ITEM, demo: true }} />, { lang: 'es' });
    expect(screen.getByText('Datos de demostración')).toBeVisible();
    es.unmount();
    renderWith(<ItemView item={ITEM} />);
    expect(screen.queryByText('Demo data')).not.toBeInTheDocument();
  });

  it('lists places (states link to their profile), topics and organizations', () => {
    renderWith(<ItemView item={ITEM} />);
    const tags = screen.getByRole('region', { name: 'Places and tags' });
    expect(within(tags).getByRole('link', { name: 'Sinaloa: state profile' })).toHaveAttribute('href', '/states/MX-SIN');
    expect(within(tags).getByText('National')).toBeInTheDocument();
    expect(within(tags).getByText('United States')).toBeInTheDocument();
    expect(within(tags).getByText('Drug seizures')).toBeInTheDocument();
    expect(within(tags).getByText('Test Cartel')).toBeInTheDocument();
    expect(within(tags).getByText('None')).toBeInTheDocument(); // no people
  });

  it('shows each figure with its label, value and unit, place, period and sentence', () => {
    renderWith(<ItemView item={ITEM} />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Drug seizures (as reported): methamphetamine');
    expect(rows[1]).toHaveTextContent('1,250.5 kg');
    expect(rows[1]).toHaveTextContent('Sinaloa');
    expect(rows[1]).toHaveTextContent('Mar 8, 2025');
    expect(rows[1]).toHaveTextContent('Soldiers seized 1,250.5 kg of meth in a test sentence.');
    expect(rows[2]).toHaveTextContent('24.9 per 100,000 inhabitants');
    expect(rows[2]).toHaveTextContent('2024');
    expect(rows[2]).toHaveTextContent('National');
  });

  it('links to the edition it was published in', () => {
    renderWith(<ItemView item={ITEM} />);
    expect(screen.getByRole('link', { name: 'Test Chatter – March 12, 2025' })).toHaveAttribute('href', '/editions/7');
  });

  it('reads in Spanish: labels, places, units and dates', () => {
    renderWith(<ItemView item={ITEM} />, { lang: 'es' });
    expect(screen.getByRole('region', { name: 'Fuente' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /leer la nota original/i })).toBeInTheDocument();
    expect(screen.getAllByText('Nacional').length).toBeGreaterThan(0);
    expect(screen.getByText('Estados Unidos')).toBeInTheDocument();
    expect(screen.getByText('Aseguramientos de droga')).toBeInTheDocument();
    expect(screen.getByText('Cártel de Prueba')).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(table).toHaveTextContent('Aseguramientos de droga (según reportes): metanfetamina');
    expect(table).toHaveTextContent('1,250.5 kg');
    expect(table).toHaveTextContent('24.9 por cada 100 mil habitantes');
    expect(screen.getAllByText('10 mar 2025').length).toBeGreaterThan(0);
  });

  it('does not link a citation URL that is not a web address, and copes with missing parts', () => {
    renderWith(<ItemView item={{ ...ITEM, url: 'javascript:alert(1)', articleAuthor: null, originalTitle: null, outlet: null, observations: [] }} />);
    expect(screen.queryByRole('link', { name: /read the original/i })).toBeNull();
    expect(screen.getByText('Not credited')).toBeInTheDocument();
    expect(screen.getAllByText('Unknown outlet').length).toBeGreaterThan(0);
    expect(screen.getByText('No figures were taken from this item.')).toBeInTheDocument();
  });
});
