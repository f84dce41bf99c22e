import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider, type Lang } from '../../i18n/index.tsx';
import { stateData, type MapLayer } from './layers.ts';
import { StateTable } from './StateTable.tsx';
import { COUNTS, HOMICIDE_2024, LEVELS } from './test-data.ts';

function renderTable(layer: MapLayer, { selected = [] as string[], lang = 'en' as Lang } = {}) {
  const onChoose = vi.fn();
  const data = stateData(layer, { counts: COUNTS, homicide: HOMICIDE_2024, levels: LEVELS })!;
  render(
    <MemoryRouter>
      <I18nProvider lang={lang}>
        <StateTable data={data} layer={layer} caption="Figures by state" selected={selected} onChoose={onChoose} />
      </I18nProvider>
    </MemoryRouter>,
  );
  return onChoose;
}

const bodyRows = () => within(screen.getByRole('table', { name: 'Figures by state' })).getAllByRole('row').slice(1);
const rowOf = (name: string) => screen.getByRole('button', { name }).closest('tr')!;

describe('StateTable', () => {
  it('lists all 32 states, highest first, with "no data" as words', () => {
    renderTable('homicide_rate');
    const rows = bodyRows();
    expect(rows).toHaveLength(32);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Colima');
    expect(rows[0]).toHaveTextContent('123.8');
    expect(rows[0]).toHaveTextContent('definitive');
    expect(within(rowOf('Aguascalientes')).getAllByRole('cell')[0]).toHaveTextContent('No data');
    expect(screen.getByRole('columnheader', { name: /Rate per 100,000/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('shows a real 0 for a state without items', () => {
    renderTable('items');
    expect(within(rowOf('Aguascalientes')).getAllByRole('cell')[0]).toHaveTextContent(/^0$/);
  });

  it('sorts by name and by value from the column headers', async () => {
    renderTable('homicide_rate');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^State/ }));
    expect(screen.getByRole('columnheader', { name: /^State/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Rate per 100,000/ })).toHaveAttribute('aria-sort', 'none');
    expect(within(bodyRows()[0]!).getByRole('rowheader')).toHaveTextContent('Aguascalientes');
    await user.click(screen.getByRole('button', { name: /^State/ }));
    expect(within(bodyRows()[0]!).getByRole('rowheader')).toHaveTextContent('Zacatecas');

    await user.click(screen.getByRole('button', { name: /Rate per 100,000/ }));
    expect(within(bodyRows()[0]!).getByRole('rowheader')).toHaveTextContent('Colima');
    await user.click(screen.getByRole('button', { name: /Rate per 100,000/ }));
    // Ascending: the lowest figure first, states without data still last.
    expect(within(bodyRows()[0]!).getByRole('rowheader')).toHaveTextContent('Yucatán');
    expect(bodyRows().at(-1)).toHaveTextContent('No data');
  });

  it('chooses a state from the keyboard, alone or added to the selection', async () => {
    const onChoose = renderTable('items', { selected: ['MX-SIN'] });
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Chihuahua' }).focus();
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenLastCalledWith('MX-CHH', false);
    await user.keyboard(' ');
    expect(onChoose).toHaveBeenCalledTimes(2);

    await user.click(screen.getByRole('button', { name: 'Add Sonora to the filter' }));
    expect(onChoose).toHaveBeenLastCalledWith('MX-SON', true);
    await user.click(screen.getByRole('button', { name: 'Remove Sinaloa from the filter' }));
    expect(onChoose).toHaveBeenLastCalledWith('MX-SIN', true);
    expect(screen.getByRole('button', { name: 'Sinaloa' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Chihuahua' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('has the firm’s risk level beside the figures, sortable, states never rated last either way', async () => {
    renderTable('items');
    const user = userEvent.setup();
    expect(within(rowOf('Chihuahua')).getAllByRole('cell')[1]).toHaveTextContent('4 · High');
    expect(within(rowOf('Sinaloa')).getAllByRole('cell')[1]).toHaveTextContent('5 · ExtremeDemo data');
    expect(within(rowOf('Jalisco')).getAllByRole('cell')[1]).toHaveTextContent('Not rated');
    await user.click(screen.getByRole('button', { name: /Risk level/ }));
    expect(screen.getByRole('columnheader', { name: /Risk level/ })).toHaveAttribute('aria-sort', 'descending');
    expect(bodyRows().slice(0, 3).map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Sinaloa', 'Chihuahua', 'Sonora']);
    await user.click(screen.getByRole('button', { name: /Risk level/ }));
    expect(bodyRows().slice(0, 3).map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Sonora', 'Chihuahua', 'Sinaloa']);
    expect(bodyRows().at(-1)).toHaveTextContent('Not rated');
  });

  it('links each state to its profile', () => {
    renderTable('items');
    expect(screen.getByRole('link', { name: 'Profile of Chihuahua' })).toHaveAttribute('href', '/states/MX-CHH');
  });

  it('speaks Spanish, names in their official Spanish form', () => {
    renderTable('homicide_rate', { lang: 'es' });
    expect(within(rowOf('Aguascalientes')).getAllByRole('cell')[0]).toHaveTextContent('Sin datos');
    expect(screen.getByRole('button', { name: 'México' })).toBeInTheDocument();
    expect(screen.queryByText('State of Mexico')).toBeNull();
    expect(screen.getByRole('link', { name: 'Perfil de Colima' })).toBeInTheDocument();
  });
});
