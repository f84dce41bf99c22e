import { describe, expect, it } from 'vitest';
import { stateData } from './layers.ts';
import { DEFAULT_SORT, nextSort, nextStates, sortStates } from './table-model.ts';
import { HOMICIDE_2024 } from './test-data.ts';

const data = stateData('homicide_rate', { counts: null, homicide: HOMICIDE_2024 })!;

describe('sortStates', () => {
  it('puts the highest first by default and states without data last', () => {
    const rows = sortStates(data, DEFAULT_SORT);
    expect(rows.slice(0, 3).map((d) => d.iso)).toEqual(['MX-COL', 'MX-BCN', 'MX-CHH']);
    expect(rows[5]?.iso).toBe('MX-YUC');
    expect(rows.slice(6).every((d) => d.value === null)).toBe(true);
    // Among states without data, alphabetical.
    expect(rows[6]?.name).toBe('Aguascalientes');
  });

  it('keeps states without data last when ascending too', () => {
    const rows = sortStates(data, { key: 'value', direction: 'ascending' });
    expect(rows[0]?.iso).toBe('MX-YUC');
    expect(rows.at(-1)?.value).toBeNull();
  });

  it('sorts names the Spanish way, accents folded', () => {
    const names = sortStates(data, { key: 'name', direction: 'ascending' }).map((d) => d.name);
    expect(names.indexOf('México')).toBeLessThan(names.indexOf('Michoacán'));
    expect(names.indexOf('Michoacán')).toBeLessThan(names.indexOf('Morelos'));
    expect(sortStates(data, { key: 'name', direction: 'descending' })[0]?.name).toBe('Zacatecas');
  });

  it('flips the direction of the same column, starts a new one in its natural order', () => {
    expect(nextSort(DEFAULT_SORT, 'value')).toEqual({ key: 'value', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'value')).toEqual({ key: 'value', direction: 'descending' });
  });
});

describe('nextStates', () => {
  it('replaces the selection on a plain choice', () => {
    expect(nextStates(['MX-SIN', 'MX'], 'MX-CHH', false)).toEqual(['MX-CHH']);
    expect(nextStates([], 'MX-CHH', false)).toEqual(['MX-CHH']);
  });
  it('clears it when the only selected state is chosen again', () => {
    expect(nextStates(['MX-CHH'], 'MX-CHH', false)).toEqual([]);
  });
  it('adds and removes on an additive choice, keeping the others', () => {
    expect(nextStates(['MX-CHH'], 'MX-SON', true)).toEqual(['MX-CHH', 'MX-SON']);
    expect(nextStates(['MX-CHH', 'MX-SON'], 'MX-CHH', true)).toEqual(['MX-SON']);
  });
});
