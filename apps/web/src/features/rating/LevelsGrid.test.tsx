import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/trpc-fake.tsx';
import { gridFixture } from './fixtures.ts';
import { LevelsGrid } from './LevelsGrid.tsx';

function renderGrid(lang: 'en' | 'es') {
  const onRate = vi.fn();
  const onHistory = vi.fn();
  const view = renderApp(<LevelsGrid grid={gridFixture()} selectedState={null} onRate={onRate} onHistory={onHistory} />, { lang });
  return { ...view, onRate, onHistory };
}

const rowOf = (name: string) => screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr') as HTMLElement;

describe('LevelsGrid', () => {
  it('shows every state × category, a rated cell in its level’s colour and name, an unrated one as “Not rated” in grey', async () => {
    const { user, onRate, onHistory } = renderGrid('en');
    expect(screen.getAllByRole('rowheader')).toHaveLength(32);
    expect(screen.getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'State',
      'Overall',
      'Violence and organised crime',
      'Kidnapping and extortion',
      'Road and cargo security',
      'Unrest and political risk',
      'History',
    ]);
    const high = screen.getByRole('button', { name: 'Rate Sinaloa, Overall: High' });
    expect(high).toHaveTextContent(/^High$/);
    expect(high).toHaveStyle({ backgroundColor: '#e31a1c', color: '#ffffff' });
    // Ratings from the demo data say so.
    expect(within(rowOf('Sinaloa')).getByText('Demo data')).toBeInTheDocument();

    // Never rated is "Not rated" in grey, never level 1 ("Low").
    const unrated = screen.getByRole('button', { name: 'Rate Sinaloa, Violence and organised crime: Not rated' });
    expect(unrated).toHaveStyle({ backgroundColor: '#d9d9d9' });
    expect(within(rowOf('Aguascalientes')).getAllByRole('button', { name: /Not rated$/ })).toHaveLength(5);
    expect(screen.queryByRole('button', { name: /: Low$/ })).not.toBeInTheDocument();

    expect(within(rowOf('Sonora')).getByText('2 drafts')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rate Sonora, Road and cargo security: Moderate' })).toBeInTheDocument();
    expect(within(rowOf('Sonora')).queryByText('Demo data')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rate Sonora, Road and cargo security: Moderate' }));
    expect(onRate).toHaveBeenCalledWith('MX-SON', 'road-cargo');
    await user.click(screen.getByRole('button', { name: 'History of Sonora' }));
    expect(onHistory).toHaveBeenCalledWith('MX-SON');
  });

  it('speaks Spanish: categories, level names, “Sin calificar”, drafts and the demo tag', () => {
    renderGrid('es');
    expect(screen.getByRole('columnheader', { name: 'Violencia y crimen organizado' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Calificar Sinaloa, General: Alto' })).toHaveTextContent(/^Alto$/);
    expect(screen.getByRole('button', { name: 'Calificar Sinaloa, Secuestro y extorsión: Sin calificar' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Calificar Sonora, Seguridad carretera y de carga: Moderado' })).toBeInTheDocument();
    expect(within(rowOf('Sonora')).getByText('2 borradores')).toBeInTheDocument();
    expect(within(rowOf('Sinaloa')).getByText('Datos de demostración')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Historial de Sinaloa' })).toBeInTheDocument();
  });
});
