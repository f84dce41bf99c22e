import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/extract/index.ts';

describe('parseNumber', () => {
  it.each([
    ['390,740', 390740],
    ['390.740', 390740],
    ['1,100', 1100],
    ['1.100', 1100],
    ['2.5', 2.5],
    ['3,5', 3.5],
    ['0.750', 0.75],
    ['1.234.567', 1234567],
    ['1,234,567.5', 1234567.5],
    ['1.234.567,5', 1234567.5],
    ['70.5 per 100,000', 70.5],
    ['3.5 million', 3500000],
    ['3,5 millones', 3500000],
    ['120 mil', 120000],
    ['2 mil millones', 2000000000],
    ['42 tons', 42],
    ['2.5%', 2.5],
    ['100k', 100000],
  ])('reads digits: %s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each([
    ['twenty-nine', 29],
    ['three', 3],
    ['a dozen', 12],
    ['one hundred and five', 105],
    ['two thousand', 2000],
    ['veintinueve', 29],
    ['treinta y dos', 32],
    ['tres mil', 3000],
    ['un millón', 1000000],
    ['doscientos cincuenta', 250],
  ])('reads words: %s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('reads a single "." + three digits as a decimal point in English and a thousands separator in Spanish', () => {
    expect(parseNumber('2.500', { lang: 'en' })).toBe(2.5);
    expect(parseNumber('2.500', { lang: 'es' })).toBe(2500);
    // ',' groups thousands in both: Mexican Spanish writes 2,500 like English does.
    expect(parseNumber('2,500', { lang: 'es' })).toBe(2500);
    expect(parseNumber('The crew moved 2.500 crates to the port')).toBe(2.5);
    expect(parseNumber('Movieron 2.500 cajas de la bodega')).toBe(2500);
  });

  it('finds the first number in a phrase and nothing in plain words', () => {
    expect(parseNumber('more than 1,700 killed')).toBe(1700);
    expect(parseNumber('no figure here')).toBeNull();
    expect(parseNumber('two-thirds of them')).toBeNull();
    expect(parseNumber('a caravan')).toBeNull();
    // "once" is 11 only in Spanish.
    expect(parseNumber('once again', { lang: 'en' })).toBeNull();
    expect(parseNumber('once reos', { lang: 'es' })).toBe(11);
  });
});
