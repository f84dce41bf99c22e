import { describe, expect, it } from 'vitest';
import { isStateCode, placeLabel } from './places.ts';

describe('placeLabel', () => {
  it('keeps official Spanish state names in both languages', () => {
    expect(placeLabel('MX-SIN', 'en')).toBe('Sinaloa');
    expect(placeLabel('MX-MEX', 'en')).toBe('México');
    expect(placeLabel('MX-MEX', 'es')).toBe('México');
  });

  it('names the national scope, the border region and countries in the language', () => {
    expect(placeLabel('MX', 'en')).toBe('National');
    expect(placeLabel('MX', 'es')).toBe('Nacional');
    expect(placeLabel('US-MX-BORDER', 'en')).toBe('US–Mexico border');
    expect(placeLabel('US-MX-BORDER', 'es')).toBe('Frontera México–EU');
    expect(placeLabel('US', 'en')).toBe('United States');
    expect(placeLabel('US', 'es')).toBe('Estados Unidos');
    expect(placeLabel('CA', 'es')).toBe('Canadá');
  });

  it('shows an unknown code as it is', () => {
    expect(placeLabel('ZZ', 'es')).toBe('ZZ');
  });

  it('tells states from other places', () => {
    expect(isStateCode('MX-SIN')).toBe(true);
    expect(isStateCode('MX')).toBe(false);
    expect(isStateCode('US')).toBe(false);
  });
});
