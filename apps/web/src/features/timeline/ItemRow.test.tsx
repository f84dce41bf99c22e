import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { summary } from '../items/fixtures.ts';
import { renderWith } from '../items/test-render.tsx';
import { ItemRow } from './ItemRow.tsx';

describe('ItemRow', () => {
  it('tags a demo item’s card as demo data, keeping the headline link’s name', () => {
    renderWith(<ItemRow item={summary(5, '2025-03-10', { demo: true })} backTo="/" />);
    const card = screen.getByRole('article', { name: 'Test headline 5' });
    expect(within(card).getByRole('link', { name: 'Test headline 5' })).toHaveAttribute('href', '/items/5');
    expect(within(card).getByText('Demo data')).toBeVisible();
    expect(within(card).getByText('Demo data').closest('p')).toHaveTextContent('Diario de Prueba · Mar 10, 2025 · Demo data');
  });

  it('reads “Datos de demostración” in Spanish, and shows no tag on an imported item', () => {
    const { unmount } = renderWith(<ItemRow item={summary(5, '2025-03-10', { demo: true })} backTo="/" />, { lang: 'es' });
    expect(screen.getByText('Datos de demostración')).toBeVisible();
    unmount();
    renderWith(<ItemRow item={summary(6, '2025-03-10')} backTo="/" />);
    expect(screen.getByRole('article', { name: 'Test headline 6' })).not.toHaveTextContent(/Demo data/);
  });
});
