import { describe, expect, it } from 'vitest';
import { figureLabel, formatPeriod, formatValue, paragraphs, parseId, safeUrl } from './figures.ts';

const fmt = {
  date: (iso: string) => `D(${iso})`,
  month: (iso: string) => `M(${iso.slice(0, 7)})`,
};

describe('figureLabel', () => {
  it('labels the series in the language, with the drug', () => {
    expect(figureLabel('prisoner_transfers', null, 'en')).toBe('Prisoners sent to the US');
    expect(figureLabel('prisoner_transfers', null, 'es')).toBe('Reos enviados a EU');
    expect(figureLabel('drug_seizure_kg', 'methamphetamine', 'es')).toBe('Aseguramientos de droga (según reportes): metanfetamina');
    expect(figureLabel('drug_seizure_kg', 'fentanyl_pills', 'en')).toBe('Drug seizures (as reported): fentanyl pills');
  });

  it('falls back to readable keys', () => {
    expect(figureLabel('new_series', 'new_drug', 'en')).toBe('new series: new drug');
  });
});

describe('formatValue', () => {
  const number = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(n);
  it('words the unit in the language', () => {
    expect(formatValue(1200, 'kg', 'en', number)).toBe('1,200 kg');
    expect(formatValue(25.34, 'per 100k', 'en', number)).toBe('25.3 per 100,000 inhabitants');
    expect(formatValue(29, 'people', 'es', number)).toBe('29 personas');
    expect(formatValue(3, 'widgets', 'es', number)).toBe('3 widgets');
  });
});

describe('formatPeriod', () => {
  it('says a day, a month, a year or a range', () => {
    expect(formatPeriod('2025-03-09', '2025-03-09', fmt)).toBe('D(2025-03-09)');
    expect(formatPeriod('2025-02-01', '2025-02-28', fmt)).toBe('M(2025-02)');
    expect(formatPeriod('2024-02-01', '2024-02-29', fmt)).toBe('M(2024-02)');
    expect(formatPeriod('2024-01-01', '2024-12-31', fmt)).toBe('2024');
    expect(formatPeriod('2025-02-01', '2025-02-27', fmt)).toBe('D(2025-02-01) – D(2025-02-27)');
    expect(formatPeriod('2024-10-01', '2025-03-31', fmt)).toBe('D(2024-10-01) – D(2025-03-31)');
  });
});

describe('parseId', () => {
  it('accepts positive integers that fit the database', () => {
    expect(parseId('1')).toBe(1);
    expect(parseId('999999')).toBe(999999);
    expect(parseId('2147483647')).toBe(2147483647);
  });

  it('rejects everything else before the API is asked', () => {
    for (const bad of [undefined, '', '0', '-1', '01', '1.5', '1e3', 'abc', '12abc', ' 1', '2147483648', '99999999999']) {
      expect(parseId(bad)).toBeNull();
    }
  });
});

describe('safeUrl', () => {
  it('keeps web links only', () => {
    expect(safeUrl('https://www.eluniversal.com.mx/nacion/nota')).toBe('https://www.eluniversal.com.mx/nacion/nota');
    expect(safeUrl('http://example.org')).toBe('http://example.org/');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });
});

describe('paragraphs', () => {
  it('splits on blank lines and drops empty ones', () => {
    expect(paragraphs('One.\n\nTwo\nstill two.\n \n\nThree.')).toEqual(['One.', 'Two\nstill two.', 'Three.']);
    expect(paragraphs(null)).toEqual([]);
  });
});
