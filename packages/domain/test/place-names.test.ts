import { describe, expect, it } from 'vitest';
import { STATES, foldAccents, matchStates } from '../src';

const first = (q: string) => matchStates(q)[0]?.iso;

describe('foldAccents', () => {
  it('strips diacritics and lower-cases', () => {
    expect(foldAccents('Michoacán')).toBe('michoacan');
    expect(foldAccents('NUEVO LEÓN')).toBe('nuevo leon');
    expect(foldAccents('Peñasco')).toBe('penasco');
    expect(foldAccents('nicaragüense')).toBe('nicaraguense');
  });
});

describe('matchStates', () => {
  it.each([
    ['cdmx', 'MX-CMX'],
    ['CDMX', 'MX-CMX'],
    ['mexico city', 'MX-CMX'],
    ['edomex', 'MX-MEX'],
    ['State of Mexico', 'MX-MEX'],
    ['estado de mexico', 'MX-MEX'],
    ['nuevo leon', 'MX-NLE'],
    ['Nuevo León', 'MX-NLE'],
    ['sin', 'MX-SIN'],
    ['MX-SON', 'MX-SON'],
    ['q roo', 'MX-ROO'],
    ['michoacan de ocampo', 'MX-MIC'],
    ['slp', 'MX-SLP'],
    ['df', 'MX-CMX'],
  ])('finds %s → %s first', (query, iso) => {
    expect(first(query)).toBe(iso);
  });

  it('ranks prefix matches before substring matches', () => {
    const isos = matchStates('baja').map((s) => s.iso);
    expect(isos.slice(0, 2)).toEqual(['MX-BCN', 'MX-BCS']);
    const leon = matchStates('leon').map((s) => s.iso);
    expect(leon).toEqual(['MX-NLE']);
  });

  it('returns nothing for a query that matches no state, and every state for an empty one', () => {
    expect(matchStates('atlantis')).toEqual([]);
    expect(matchStates('  ')).toHaveLength(STATES.length);
  });
});
